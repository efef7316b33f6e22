import "server-only";
import { db } from "@/lib/db/client";
import { applyMove, asDispatchStatus, canLogSession, type DispatchStatus } from "@/lib/domain/referral-loop/status";
import { notifiesClinician } from "@/lib/domain/referral-loop/vocabulary";
import type { LogSessionValues, RecordScoresValues } from "@/lib/schemas/referral-loop";
import { appBaseUrl, sendMail } from "./mailer";
import type { ReferralViewer } from "./referrals";

/**
 * The therapist's side of the loop. Every query carries `therapist: { userId: viewer.id }` in its WHERE
 * clause (documenso's pattern, as clinicians' referrals carry clinicianId): a therapist reaches only the
 * referrals sent to them; anyone else — another therapist, a clinician, an admin — finds nothing here.
 */
function mine(viewer: ReferralViewer) {
  return viewer.role === "THERAPIST" ? { therapist: { userId: viewer.id } } : { id: "__never__" };
}
const plausible = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

export interface TherapistReferralRow {
  dispatchId: string;
  status: DispatchStatus;
  sentAt: string;
  patientName: string;
  conditionName: string;
  clinicianName: string;
  sessionsLogged: number;
}

/** The referrals sent to this therapist, newest first. */
export async function listReferralsForTherapist(viewer: ReferralViewer): Promise<TherapistReferralRow[]> {
  if (viewer.role !== "THERAPIST") return [];
  // memory-guard: bounded — one therapist's own referrals (a caseload, not the clinic).
  const rows = await db.referralDispatch.findMany({
    where: mine(viewer),
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      sentAt: true,
      referral: { select: { patientName: true, conditionName: true, clinician: { select: { name: true } } } },
      _count: { select: { sessions: true } },
    },
  });
  return rows.map((r) => ({
    dispatchId: r.id,
    status: asDispatchStatus(r.status),
    sentAt: r.sentAt.toISOString(),
    patientName: r.referral.patientName,
    conditionName: r.referral.conditionName,
    clinicianName: r.referral.clinician.name,
    sessionsLogged: r._count.sessions,
  }));
}

/** The referral id behind one of this therapist's dispatches, or null. */
export async function therapistDispatch(viewer: ReferralViewer, dispatchId: string) {
  if (!plausible(dispatchId)) return null;
  return db.referralDispatch.findFirst({
    where: { id: dispatchId, ...mine(viewer) },
    select: { id: true, status: true, referralId: true, referral: { select: { clinicianId: true, clinician: { select: { email: true } } } } },
  });
}

/** The dispatch of the referral with this short code that is this therapist's (the QR code's target). */
export async function dispatchForShortCode(viewer: ReferralViewer, code: string): Promise<string | null> {
  const normalised = code.trim().toUpperCase();
  if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(normalised)) return null;
  const row = await db.referralDispatch.findFirst({
    where: { referral: { shortCode: normalised }, ...mine(viewer) },
    orderBy: { sentAt: "desc" },
    select: { id: true },
  });
  return row?.id ?? null;
}

export type LoopWriteOutcome<T> = { ok: true; data: T } | { ok: false; reason: "not-found" | "refused"; message?: string };

/** Moves the dispatch by `move`, conditionally on the status read, with its timeline event. */
async function move(viewer: ReferralViewer, dispatchId: string, moveName: "accept" | "decline" | "complete", extra: { note?: string | null; data?: Record<string, unknown> }): Promise<LoopWriteOutcome<{ status: DispatchStatus }>> {
  const row = await therapistDispatch(viewer, dispatchId);
  if (!row) return { ok: false, reason: "not-found" };
  const outcome = applyMove(asDispatchStatus(row.status), moveName);
  if (!outcome.ok) return { ok: false, reason: "refused", message: outcome.reason };
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.referralDispatch.updateMany({
      where: { id: dispatchId, status: outcome.from },
      data: { status: outcome.to, statusChangedAt: new Date(), ...extra.data },
    });
    if (updated.count !== 1) return false;
    await tx.dispatchEvent.create({ data: { dispatchId, userId: viewer.id, fromStatus: outcome.from, toStatus: outcome.to, note: extra.note ?? null } });
    if (outcome.to === "completed") {
      const closed = await tx.referral.updateMany({ where: { id: row.referralId, status: "sent" }, data: { status: "completed" } });
      if (closed.count === 1) {
        await tx.referralEvent.create({ data: { referralId: row.referralId, userId: viewer.id, fromStatus: "sent", toStatus: "completed", note: "Course completed and discharged by the therapist" } });
      }
    }
    return true;
  });
  return done ? { ok: true, data: { status: outcome.to } } : { ok: false, reason: "refused", message: "The referral changed meanwhile; reload the page." };
}

/** Accept, or decline with the reason (which the clinician sees). */
export function respondToReferral(viewer: ReferralViewer, dispatchId: string, answer: "accept" | "decline", reason: string) {
  return answer === "accept"
    ? move(viewer, dispatchId, "accept", { note: reason || null })
    : move(viewer, dispatchId, "decline", { note: reason, data: { declineReason: reason } });
}

/** Closes the course with the discharge note. */
export function dischargeCourse(viewer: ReferralViewer, dispatchId: string, note: string) {
  return move(viewer, dispatchId, "complete", { note: null, data: { dischargeNote: note, completedAt: new Date() } });
}

/**
 * Logs a session, idempotently: a retry with the same key returns the first session and records nothing
 * new. The first session moves an accepted referral to "in progress". An adverse event of moderate or
 * worse is put before the referring clinician at once (header badge; email when SMTP is set).
 */
export async function logTherapySession(viewer: ReferralViewer, input: LogSessionValues): Promise<LoopWriteOutcome<{ sessionId: string; repeated: boolean; alerted: boolean }>> {
  const row = await therapistDispatch(viewer, input.dispatchId);
  if (!row) return { ok: false, reason: "not-found" };
  const existing = await db.therapySession.findUnique({ where: { dispatchId_idempotencyKey: { dispatchId: row.id, idempotencyKey: input.idempotencyKey } }, select: { id: true } });
  if (existing) return { ok: true, data: { sessionId: existing.id, repeated: true, alerted: false } };
  const status = asDispatchStatus(row.status);
  if (!canLogSession(status)) return { ok: false, reason: "refused", message: status === "sent" ? "Accept the referral before logging a session." : "This course is closed: no more sessions can be logged." };
  const adverse = input.adverseEvent;
  let created: { id: string };
  try {
    created = await db.$transaction(async (tx) => {
      const session = await tx.therapySession.create({
        data: {
          dispatchId: row.id,
          idempotencyKey: input.idempotencyKey,
          sessionDate: input.sessionDate,
          minutes: input.minutes,
          techniques: JSON.stringify(input.techniques),
          areas: JSON.stringify(input.areas),
          pressure: input.pressure,
          tolerance: input.tolerance,
          notes: input.notes,
          createdById: viewer.id,
        },
        select: { id: true },
      });
      if (status === "accepted") {
        const started = await tx.referralDispatch.updateMany({ where: { id: row.id, status: "accepted" }, data: { status: "in_progress", statusChangedAt: new Date() } });
        if (started.count === 1) await tx.dispatchEvent.create({ data: { dispatchId: row.id, userId: viewer.id, fromStatus: "accepted", toStatus: "in_progress", note: "First session logged" } });
      }
      if (adverse) {
        await tx.adverseEvent.create({
          data: { dispatchId: row.id, sessionId: session.id, clinicianId: row.referral.clinicianId, severity: adverse.severity, description: adverse.description, occurredOn: input.sessionDate, createdById: viewer.id },
        });
      }
      return session;
    });
  } catch (error) {
    // Two submits of the same key at once: the unique (dispatchId, idempotencyKey) let one in.
    const again = await db.therapySession.findUnique({ where: { dispatchId_idempotencyKey: { dispatchId: row.id, idempotencyKey: input.idempotencyKey } }, select: { id: true } });
    if (again) return { ok: true, data: { sessionId: again.id, repeated: true, alerted: false } };
    throw error;
  }
  const alerted = adverse !== null && notifiesClinician(adverse.severity);
  if (alerted) {
    await sendMail({
      kind: "adverse-event",
      to: row.referral.clinician.email,
      subject: `MassageRx: a ${adverse.severity} adverse event was reported on one of your referrals`,
      text: `A therapist reported a ${adverse.severity} adverse event after a massage session. Open the referral to read it:\n${appBaseUrl()}/referrals/${row.referralId}`,
    });
  }
  return { ok: true, data: { sessionId: created.id, repeated: false, alerted } };
}

/** Records one set of outcome scores, idempotently (same key → the first record). */
export async function recordOutcomeScores(viewer: ReferralViewer, input: RecordScoresValues): Promise<LoopWriteOutcome<{ scoreId: string; repeated: boolean }>> {
  const row = await therapistDispatch(viewer, input.dispatchId);
  if (!row) return { ok: false, reason: "not-found" };
  const key = { dispatchId_idempotencyKey: { dispatchId: row.id, idempotencyKey: input.idempotencyKey } };
  const existing = await db.outcomeScore.findUnique({ where: key, select: { id: true } });
  if (existing) return { ok: true, data: { scoreId: existing.id, repeated: true } };
  if (!canLogSession(asDispatchStatus(row.status))) return { ok: false, reason: "refused", message: "Scores are recorded between acceptance and discharge." };
  if (input.sessionId) {
    const ownSession = await db.therapySession.findFirst({ where: { id: input.sessionId, dispatchId: row.id }, select: { id: true } });
    if (!ownSession) return { ok: false, reason: "not-found" };
  }
  try {
    const created = await db.outcomeScore.create({
      data: {
        dispatchId: row.id,
        sessionId: input.sessionId,
        idempotencyKey: input.idempotencyKey,
        timepoint: input.timepoint,
        recordedOn: input.recordedOn,
        pain: input.pain,
        pegPain: input.pegPain,
        pegEnjoyment: input.pegEnjoyment,
        pegActivity: input.pegActivity,
        pgic: input.pgic,
        createdById: viewer.id,
      },
      select: { id: true },
    });
    return { ok: true, data: { scoreId: created.id, repeated: false } };
  } catch (error) {
    const again = await db.outcomeScore.findUnique({ where: key, select: { id: true } });
    if (again) return { ok: true, data: { scoreId: again.id, repeated: true } };
    throw error;
  }
}
