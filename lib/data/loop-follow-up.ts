import "server-only";
import { db } from "@/lib/db/client";
import { totalSessionsOf, type ChosenDose } from "@/lib/domain/dose/dose";
import { formatChosenDoseLine } from "@/lib/domain/dose/dose-words";
import type { LoopForExport } from "@/lib/domain/loop-follow-up/loop-export";
import { scoreRows, type ScoreRow } from "@/lib/domain/loop-follow-up/score-series";
import { loopTimeline, sessionsProgress, type TimelineStep } from "@/lib/domain/loop-follow-up/timeline";
import { adverseSeverityLabels, type AdverseSeverity } from "@/lib/domain/referral-loop/vocabulary";
import type { ReferralViewer } from "./referrals";
import {
  asSeverity,
  currentDispatch,
  dispatchStatusOf,
  loopDispatchSelect,
  reachedAt,
  storedDose,
  toScoreSets,
  toSession,
  type LoopDispatchRow,
} from "./loop-rows";

/**
 * The referral's loop as its referring clinician (or an admin) sees it: where it stands, the sessions
 * given against the dose prescribed, the scores over time and the adverse events. Scoped in the WHERE
 * clause like every referral read: another clinician's referral id gives null.
 */
export interface ClinicianLoopView {
  referralId: string;
  /** The dispatch in force; null when the referral was never sent. */
  current: LoopDispatchView | null;
  /** Therapists who declined before, with their reasons. */
  declinedBefore: { therapistName: string; at: string; reason: string | null }[];
}

export interface LoopDispatchView {
  therapistName: string;
  timeline: TimelineStep[];
  dose: { line: string; minutesPerSession: number | null; progress: string };
  sessions: {
    id: string;
    date: string;
    minutes: number;
    techniques: string[];
    areas: string[];
    pressure: string;
    tolerance: string;
    adverseEvent: { severity: AdverseSeverity; description: string } | null;
  }[];
  scores: ScoreRow[];
  adverseEvents: { id: string; severity: AdverseSeverity; severityLabel: string; description: string; occurredOn: string; acknowledged: boolean }[];
}

const ownerScope = (viewer: ReferralViewer) => (viewer.role === "ADMIN" ? {} : { clinicianId: viewer.id });

async function readLoopRows(viewer: ReferralViewer, referralId: string) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(referralId)) return null;
  return db.referral.findFirst({
    where: { id: referralId, ...ownerScope(viewer) },
    select: { id: true, finalDose: true, dispatches: { select: loopDispatchSelect } },
  });
}

function toDispatchView(row: LoopDispatchRow, dose: ChosenDose): LoopDispatchView {
  const prescribed = totalSessionsOf(dose);
  const adverseBySession = new Map(row.adverseEvents.filter((e) => e.sessionId).map((e) => [e.sessionId, e]));
  return {
    therapistName: row.therapist.name,
    timeline: loopTimeline({
      stage: dispatchStatusOf(row),
      therapistName: row.therapist.name,
      sentAt: row.sentAt.toISOString(),
      acceptedAt: reachedAt(row, "accepted"),
      declinedAt: reachedAt(row, "declined"),
      declineReason: row.declineReason,
      completedAt: row.completedAt?.toISOString() ?? null,
      dischargeNote: row.dischargeNote,
      sessionsGiven: row.sessions.length,
      sessionsPrescribed: prescribed,
      firstSessionAt: row.sessions[0]?.sessionDate ?? null,
    }),
    dose: { line: formatChosenDoseLine(dose), minutesPerSession: dose.minutesPerSession, progress: sessionsProgress(row.sessions.length, prescribed) },
    sessions: row.sessions.map((s) => {
      const adverse = adverseBySession.get(s.id);
      return { ...toSession(s), adverseEvent: adverse ? { severity: asSeverity(adverse.severity), description: adverse.description } : null };
    }),
    scores: scoreRows(toScoreSets(row.scores)),
    adverseEvents: row.adverseEvents.map((e) => ({
      id: e.id,
      severity: asSeverity(e.severity),
      severityLabel: adverseSeverityLabels[asSeverity(e.severity)],
      description: e.description,
      occurredOn: e.occurredOn,
      acknowledged: e.acknowledgedAt !== null,
    })),
  };
}

export async function getClinicianLoop(viewer: ReferralViewer, referralId: string): Promise<ClinicianLoopView | null> {
  const referral = await readLoopRows(viewer, referralId);
  if (!referral) return null;
  const current = currentDispatch(referral.dispatches);
  return {
    referralId: referral.id,
    current: current ? toDispatchView(current, storedDose(referral.finalDose)) : null,
    declinedBefore: referral.dispatches
      .filter((d) => d !== current && d.status === "declined")
      .map((d) => ({ therapistName: d.therapist.name, at: (reachedAt(d, "declined") ?? d.statusChangedAt.toISOString()), reason: d.declineReason })),
  };
}

/**
 * The loop for the FHIR Bundle export (same scope): null when the referral is not the viewer's;
 * `{ loop: null }` when it was never sent (the bundle then carries the ServiceRequest alone).
 */
export async function getLoopForExport(viewer: ReferralViewer, referralId: string): Promise<{ loop: LoopForExport | null } | null> {
  const referral = await readLoopRows(viewer, referralId);
  if (!referral) return null;
  const row = currentDispatch(referral.dispatches);
  if (!row) return { loop: null };
  const dose = storedDose(referral.finalDose);
  const t = row.therapist;
  const loop: LoopForExport = {
    stage: dispatchStatusOf(row),
    therapist: { id: t.id, name: t.name, practice: t.practice || null, address: t.address || null, email: t.email || null, phone: t.phone || null, credentials: t.licence || null },
    sentAt: row.sentAt.toISOString(),
    acceptedAt: reachedAt(row, "accepted"),
    declinedAt: reachedAt(row, "declined"),
    declineReason: row.declineReason,
    completedAt: row.completedAt?.toISOString() ?? null,
    dischargeNote: row.dischargeNote,
    lastModified: row.statusChangedAt.toISOString(),
    sessionsPrescribed: totalSessionsOf(dose),
    sessions: row.sessions.map(toSession),
    scores: toScoreSets(row.scores),
    adverseEvents: row.adverseEvents.map((e) => ({ id: e.id, occurredOn: e.occurredOn, severity: asSeverity(e.severity), description: e.description, sessionId: e.sessionId })),
  };
  return { loop };
}
