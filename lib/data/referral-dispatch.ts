import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import { newShortCode } from "@/lib/domain/referral-loop/short-code";
import { asDispatchStatus, canSendReferral, type DispatchStatus } from "@/lib/domain/referral-loop/status";
import { rankTherapists, requiredTrainings, trainingLabels, trainingNeeds, type RankedTherapist } from "@/lib/domain/referral-loop/training";
import { appBaseUrl, sendMail } from "./mailer";
import { parseStoredIntake } from "./referral-export";
import type { ReferralViewer } from "./referrals";
import { listTherapists, type TherapistEntry } from "./therapists";

export const INVITATION_DAYS = 14;
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The clinician's own referral, for sending (the status is checked by the caller). */
async function sendableReferral(viewer: ReferralViewer, referralId: string) {
  if (viewer.role !== "CLINICIAN" || !/^[A-Za-z0-9_-]{1,64}$/.test(referralId)) return null;
  return db.referral.findFirst({
    where: { id: referralId, clinicianId: viewer.id },
    select: {
      id: true,
      status: true,
      intake: true,
      shortCode: true,
      dispatches: { orderBy: { sentAt: "asc" }, select: { status: true, therapistId: true, sentAt: true, therapist: { select: { name: true, practice: true } } } },
    },
  });
}

/** Only a final referral (or one already sent, when every therapist so far declined) goes to a therapist. */
export const SENDABLE_REFERRAL_STATUSES: readonly string[] = ["final", "sent"];

type SendableReferral = NonNullable<Awaited<ReturnType<typeof sendableReferral>>>;

/**
 * The therapists this referral may be sent to — active, accepting new patients, not one who already
 * declined it — best fit first with the reason, and those a required training rules out marked so
 * (lib/domain/referral-loop/training.ts). The precautions are the safety rules ticked on the intake,
 * plus pregnancy.
 */
async function rankFor(viewer: ReferralViewer, referral: SendableReferral): Promise<RankedTherapist<TherapistEntry>[]> {
  const intake = parseStoredIntake(referral.intake);
  const codes = [...intake.safetyFindings, ...(intake.pregnant ? ["pregnancy"] : [])];
  const declinedBy = new Set(referral.dispatches.filter((d) => d.status === "declined").map((d) => d.therapistId));
  const therapists = (await listTherapists(viewer)).filter((t) => t.acceptingNewPatients && !declinedBy.has(t.id));
  return rankTherapists(therapists, trainingNeeds(codes), requiredTrainings(intake));
}

export async function rankTherapistsForReferral(viewer: ReferralViewer, referralId: string): Promise<RankedTherapist<TherapistEntry>[] | null> {
  const referral = await sendableReferral(viewer, referralId);
  return referral ? rankFor(viewer, referral) : null;
}

/** One therapist offered in the "Send to therapist" panel, as plain data for the client component. */
export interface SendChoice {
  id: string;
  name: string;
  practice: string;
  languages: string[];
  training: string[];
  /** "Oncology massage training: active cancer"; null when no training fits a precaution. */
  reason: string | null;
  /** The precautions no training of theirs covers, e.g. ["active cancer"]. */
  notCovered: string[];
  /** Why this therapist cannot be chosen; null = may be chosen. */
  unavailable: string | null;
}

export interface SendPanelView {
  /** The dispatch that has the referral now (not declined), or null when it may be sent. */
  current: { therapistName: string; practice: string; sentAt: string; status: DispatchStatus } | null;
  choices: SendChoice[];
  /** Therapists who declined it before (they are not offered again). */
  declinedBy: string[];
  /** Only prenatal-trained therapists may be chosen (lib/domain/referral-loop/training.ts requiredTrainings). */
  prenatalRequired: boolean;
}

/**
 * What the "Send to therapist" panel shows on the clinician's own referral: to whom and when it was
 * sent, or the ranked choices. Null for someone else's referral and for a draft, cancelled, amended or
 * completed one (only a final referral is sent; a sent one again only after a decline).
 */
export async function getSendPanel(viewer: ReferralViewer, referralId: string): Promise<SendPanelView | null> {
  const referral = await sendableReferral(viewer, referralId);
  if (!referral || !SENDABLE_REFERRAL_STATUSES.includes(referral.status)) return null;
  const declined = referral.dispatches.filter((d) => d.status === "declined");
  const current = referral.dispatches.find((d) => d.status !== "declined");
  const intake = parseStoredIntake(referral.intake);
  return {
    current: current
      ? { therapistName: current.therapist.name, practice: current.therapist.practice, sentAt: current.sentAt.toISOString(), status: asDispatchStatus(current.status) }
      : null,
    choices: current
      ? []
      : (await rankFor(viewer, referral)).map((r) => ({
          id: r.therapist.id,
          name: r.therapist.name,
          practice: r.therapist.practice,
          languages: r.therapist.languages,
          training: r.therapist.training.map((t) => trainingLabels[t]),
          reason: r.reason,
          notCovered: r.gaps.flatMap((g) => g.because),
          unavailable: r.unavailable,
        })),
    declinedBy: [...new Set(declined.map((d) => d.therapist.name))],
    prenatalRequired: requiredTrainings(intake).some((r) => r.training === "prenatal"),
  };
}

export type SendOutcome =
  | { ok: true; dispatchId: string; shortCode: string; invited: boolean }
  | { ok: false; reason: "not-found" | "not-sendable" | "already-sent" | "therapist-not-found" }
  | { ok: false; reason: "therapist-unavailable"; message: string };

/** Prisma's unique-constraint error: here the one-live-dispatch index refusing a second sending. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Sends the clinician's referral to a therapist: records recipient and time, moves a final referral to
 * "sent", gives the referral its short code, and mails the therapist — an invitation that creates their
 * account on first use, or a notice when they already have one. Mail holds no patient details.
 *
 * A referral has at most one dispatch that is not declined. The transaction re-reads the dispatches
 * before writing, and the partial unique index "ReferralDispatch_one_live_per_referral" (migration
 * 20261203161000_one_live_dispatch) refuses the second of two sends that both read "none yet"
 * (PostgreSQL under read committed); either way the loser gets "already-sent" and no mail goes out.
 */
export async function sendReferralToTherapist(viewer: ReferralViewer & { name: string }, referralId: string, therapistId: string): Promise<SendOutcome> {
  const referral = await sendableReferral(viewer, referralId);
  if (!referral) return { ok: false, reason: "not-found" };
  if (!SENDABLE_REFERRAL_STATUSES.includes(referral.status)) return { ok: false, reason: "not-sendable" };
  if (!canSendReferral(referral.dispatches.map((d) => asDispatchStatus(d.status)))) return { ok: false, reason: "already-sent" };
  const choice = (await rankFor(viewer, referral)).find((r) => r.therapist.id === therapistId);
  if (!choice) return { ok: false, reason: "therapist-not-found" };
  if (choice.unavailable) return { ok: false, reason: "therapist-unavailable", message: `${choice.therapist.name} cannot take this referral. ${choice.unavailable}.` };
  const therapist = await db.therapist.findUniqueOrThrow({ where: { id: therapistId }, select: { id: true, email: true, name: true, userId: true } });
  const shortCode = referral.shortCode ?? newShortCode(randomInt);

  let dispatch: { id: string } | null;
  try {
    dispatch = await db.$transaction(async (tx) => {
      // memory-guard: bounded — one referral's sendings: at most one live (a partial unique index refuses a
      // second), the rest declined, each by a different therapist of the clinic's directory.
      const now = await tx.referralDispatch.findMany({ where: { referralId }, select: { status: true } });
      if (!canSendReferral(now.map((d) => asDispatchStatus(d.status)))) return null;
      const created = await tx.referralDispatch.create({
        data: { referralId, therapistId, sentById: viewer.id, matchReason: choice.reason },
        select: { id: true },
      });
      await tx.dispatchEvent.create({ data: { dispatchId: created.id, userId: viewer.id, fromStatus: null, toStatus: "sent" } });
      // Conditional: a concurrent first send may have set it; the first code stays (it may be printed already).
      if (!referral.shortCode) await tx.referral.updateMany({ where: { id: referralId, shortCode: null }, data: { shortCode } });
      if (referral.status === "final") {
        const moved = await tx.referral.updateMany({ where: { id: referralId, clinicianId: viewer.id, status: "final" }, data: { status: "sent" } });
        if (moved.count === 1) {
          await tx.referralEvent.create({ data: { referralId, userId: viewer.id, fromStatus: "final", toStatus: "sent", note: `Sent to ${therapist.name}` } });
        }
      }
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "already-sent" };
    throw error;
  }
  if (!dispatch) return { ok: false, reason: "already-sent" };
  const stored = await db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { shortCode: true } });

  const invited = therapist.userId === null;
  if (invited) {
    const token = randomBytes(32).toString("base64url");
    await db.therapistInvitation.create({
      data: { therapistId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000), createdById: viewer.id },
    });
    await sendMail({
      kind: "therapist-invitation",
      to: therapist.email,
      subject: "A referral is waiting for you in MassageRx",
      text: `${viewer.name} has sent you a massage therapy referral through MassageRx.\n\nCreate your account to open it (this link works once, for ${INVITATION_DAYS} days):\n${appBaseUrl()}/invite/${token}\n\nThe referral's details are shown only after you sign in.`,
    });
  } else {
    await sendMail({
      kind: "referral-sent",
      to: therapist.email,
      subject: "A new referral is waiting for you in MassageRx",
      text: `${viewer.name} has sent you a massage therapy referral. Sign in to see it:\n${appBaseUrl()}/therapist`,
    });
  }
  return { ok: true, dispatchId: dispatch.id, shortCode: stored.shortCode ?? shortCode, invited };
}
