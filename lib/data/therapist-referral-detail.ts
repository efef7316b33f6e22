import "server-only";
import { db } from "@/lib/db/client";
import { totalSessionsOf } from "@/lib/domain/dose/dose";
import type { ReferralSheetData } from "@/lib/domain/referral/referral-sheet";
import { storedDose } from "./loop-rows";
import { loopInclude, toLoopDispatch, type LoopDispatch } from "./referral-loop";
import { toReferralForExport } from "./referral-export";
import { referralLifecycle } from "./referral-lifecycle";
import type { ReferralViewer } from "./referrals";

/** What the therapist's referral page shows: the sheet they treat from, and their own course of it. */
export interface TherapistReferralDetail {
  sheet: ReferralSheetData;
  dispatch: LoopDispatch;
  /** Sessions the prescription adds up to (null when the referral sets no number), for "5 of 8 sessions". */
  sessionsPrescribed: number | null;
  minutesPerSession: number | null;
}

/**
 * One referral as the therapist it was sent to sees it, by the dispatch id in their list. The WHERE clause
 * carries `therapist.userId = viewer.id`: another therapist, a clinician or an admin gets null (the page
 * answers 404), and only this therapist's dispatch of the referral is read — not an earlier therapist's
 * decline, nor any other patient.
 */
export async function getTherapistReferral(viewer: ReferralViewer, dispatchId: string): Promise<TherapistReferralDetail | null> {
  if (viewer.role !== "THERAPIST" || !/^[A-Za-z0-9_-]{1,64}$/.test(dispatchId)) return null;
  const row = await db.referralDispatch.findFirst({
    where: { id: dispatchId, therapist: { userId: viewer.id } },
    include: {
      ...loopInclude,
      referral: {
        include: {
          clinician: { select: { name: true, credentials: true, email: true, clinicName: true, phone: true } },
          evidenceVersion: { select: { number: true } },
          events: { select: { toStatus: true, note: true }, orderBy: { at: "asc" } },
        },
      },
    },
  });
  if (!row) return null;
  const { referral, ...dispatchRow } = row;
  const latest = await db.evidenceVersion.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
  const exported = toReferralForExport(referral);
  const dose = storedDose(referral.finalDose);
  return {
    sheet: {
      ...exported,
      evidence: { ...exported.evidence, currentVersionNumber: latest?.number ?? null },
      lifecycle: await referralLifecycle(referral),
    },
    dispatch: toLoopDispatch(dispatchRow),
    sessionsPrescribed: totalSessionsOf(dose),
    minutesPerSession: dose.minutesPerSession,
  };
}
