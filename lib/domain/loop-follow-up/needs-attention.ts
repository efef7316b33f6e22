import { endedWithoutPainRelief, type CourseRecord } from "@/lib/domain/outcomes/course-outcome";
import { firstAndLast } from "@/lib/domain/outcomes/scores";
import type { DispatchStatus } from "@/lib/domain/referral-loop/status";
import type { AdverseSeverity } from "@/lib/domain/referral-loop/vocabulary";

/**
 * The "needs attention" rules: which sent referrals the referring clinician should look at now.
 * 1. The therapist declined it (with the reason they gave): the patient still has no therapist.
 * 2. No first session 14 days after the therapist accepted it — or, while it waits for an answer, 14
 *    days after it was sent: the patient may not have gone, or the referral may have been lost.
 * 3. An adverse event the therapist reported and the clinician has not yet acknowledged (each one, any
 *    severity — moderate and severe also raise the header badge — worst first).
 * 4. The course ended with pain unchanged or worse (last pain score ≥ first); a course without two pain
 *    scores is not judged here (it is unknown, not a failure).
 * Pure: the clock is an argument.
 */

export const NO_FIRST_SESSION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AdverseEventSeverity = AdverseSeverity;
const SEVERITY_RANK: Record<AdverseEventSeverity, number> = { severe: 0, moderate: 1, mild: 2 };

/** Where a sent referral stands in the loop: the dispatch status (one list of statuses, in referral-loop/status.ts). */
export type LoopStage = DispatchStatus;

export interface LoopSessionFact {
  id: string;
  /** ISO 8601 date (or date-time) the session was given. */
  date: string;
}

export interface LoopAdverseEventFact {
  id: string;
  /** ISO 8601 date it happened. */
  occurredOn: string;
  severity: AdverseEventSeverity;
  description: string;
  /** When the referring clinician acknowledged it; null while open. */
  acknowledgedAt: string | null;
}

export interface LoopReferralFacts {
  referralId: string;
  patientName: string;
  conditionName: string;
  stage: LoopStage;
  /** ISO 8601 date-times; null where the step has not happened. */
  sentAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  completedAt: string | null;
  sessions: readonly LoopSessionFact[];
  adverseEvents: readonly LoopAdverseEventFact[];
  course: CourseRecord;
}

export type AttentionKind = "declined" | "no-first-session" | "adverse-event" | "no-pain-relief";

export interface AttentionItem {
  referralId: string;
  patientName: string;
  conditionName: string;
  kind: AttentionKind;
  /** When the reason arose (ISO 8601): the decline, the session, the discharge, or when the wait began. */
  since: string;
  /** One line a clinician can act on. */
  detail: string;
  /** For adverse events; null otherwise. */
  severity: AdverseEventSeverity | null;
  /** The adverse event's id (to acknowledge it); null otherwise. */
  adverseEventId: string | null;
}

/** Rule 2: the wait starts at acceptance, or at sending while no answer has come. */
function waitStart(facts: LoopReferralFacts): string | null {
  if (facts.stage === "accepted") return facts.acceptedAt ?? facts.sentAt;
  if (facts.stage === "sent") return facts.sentAt;
  return null;
}

function whole(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The reasons one referral needs attention, in the order of the rules (adverse events worst first). */
export function attentionFor(facts: LoopReferralFacts, now: Date): AttentionItem[] {
  const base = { referralId: facts.referralId, patientName: facts.patientName, conditionName: facts.conditionName };
  const items: AttentionItem[] = [];

  if (facts.stage === "declined") {
    const reason = facts.declineReason?.trim();
    items.push({
      ...base,
      kind: "declined",
      since: facts.declinedAt ?? facts.sentAt ?? now.toISOString(),
      detail: reason ? `Declined by the therapist: ${reason}` : "Declined by the therapist (no reason given)",
      severity: null,
      adverseEventId: null,
    });
  }

  const start = waitStart(facts);
  if (start !== null && facts.sessions.length === 0) {
    const days = Math.floor((now.getTime() - Date.parse(start)) / DAY_MS);
    if (days >= NO_FIRST_SESSION_DAYS) {
      const since = facts.stage === "accepted" ? "accepted" : "sent, and not yet accepted,";
      items.push({
        ...base,
        kind: "no-first-session",
        since: start,
        detail: `No session yet: ${since} ${days} days ago`,
        severity: null,
        adverseEventId: null,
      });
    }
  }

  const adverse = facts.adverseEvents
    .filter((e) => e.acknowledgedAt === null)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Date.parse(b.occurredOn) - Date.parse(a.occurredOn));
  for (const e of adverse) {
    items.push({
      ...base,
      kind: "adverse-event",
      since: e.occurredOn,
      detail: `Adverse event (${e.severity}): ${e.description}`,
      severity: e.severity,
      adverseEventId: e.id,
    });
  }

  const pain = firstAndLast(facts.course.scores, (s) => s.pain);
  if (facts.stage === "completed" && endedWithoutPainRelief(facts.course) && pain) {
    items.push({
      ...base,
      kind: "no-pain-relief",
      since: facts.completedAt ?? now.toISOString(),
      detail: `Course ended with pain ${pain.change > 0 ? "worse" : "unchanged"}: ${whole(pain.first)} → ${whole(pain.last)} of 10`,
      severity: null,
      adverseEventId: null,
    });
  }
  return items;
}

const KIND_RANK: Record<AttentionKind, number> = { "adverse-event": 0, declined: 1, "no-first-session": 2, "no-pain-relief": 3 };

/**
 * The clinician's list: every reason of every referral, adverse events first (severe before moderate
 * before mild), then declines, waits and courses without relief; newest first within a kind.
 */
export function needsAttention(referrals: readonly LoopReferralFacts[], now: Date): AttentionItem[] {
  return referrals
    .flatMap((r) => attentionFor(r, now))
    .sort(
      (a, b) =>
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        (a.severity && b.severity ? SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] : 0) ||
        Date.parse(b.since) - Date.parse(a.since) ||
        (a.referralId < b.referralId ? -1 : a.referralId > b.referralId ? 1 : 0),
    );
}
