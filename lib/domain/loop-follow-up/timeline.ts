import type { LoopStage } from "./needs-attention";

/**
 * The status timeline on the clinician's referral page: sent → accepted → in progress ("5 of 8
 * sessions") → completed, or sent → declined (with the therapist's reason). Each step says whether it
 * has happened, is where the referral stands now, or is still to come.
 */
export type TimelineStepState = "done" | "current" | "upcoming";

export interface TimelineStep {
  key: "sent" | "accepted" | "declined" | "in-progress" | "completed";
  label: string;
  /** ISO 8601 date-time the step happened; null when it has not (or, for "in progress", not started). */
  at: string | null;
  state: TimelineStepState;
  /** A second line: the recipient, the decline reason, "5 of 8 sessions", the discharge note. */
  detail: string | null;
}

export interface TimelineFacts {
  stage: LoopStage;
  therapistName: string | null;
  sentAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  completedAt: string | null;
  dischargeNote: string | null;
  sessionsGiven: number;
  /** Sessions prescribed; null when the referral left the number open. */
  sessionsPrescribed: number | null;
  /** ISO 8601 date of the first session; null before it. */
  firstSessionAt: string | null;
}

/** "5 of 8 sessions"; "9 of 8 sessions (1 more than prescribed)"; a count alone when the number was left open. */
export function sessionsProgress(given: number, prescribed: number | null): string {
  const noun = (n: number) => (n === 1 ? "session" : "sessions");
  if (prescribed === null) return `${given} ${noun(given)} (number of sessions not set in this referral)`;
  const over = given - prescribed;
  return `${given} of ${prescribed} ${noun(prescribed)}${over > 0 ? ` (${over} more than prescribed)` : ""}`;
}

const ORDER: Record<LoopStage, number> = { sent: 0, accepted: 1, in_progress: 2, completed: 3, declined: 1 };

export function loopTimeline(facts: TimelineFacts): TimelineStep[] {
  const reached = ORDER[facts.stage];
  const state = (position: number): TimelineStepState => (position < reached ? "done" : position === reached ? "current" : "upcoming");
  // A completed course is finished: no step is still "current".
  const finalState = (position: number): TimelineStepState => (facts.stage === "completed" ? "done" : state(position));

  const sent: TimelineStep = {
    key: "sent",
    label: "Sent",
    at: facts.sentAt,
    state: facts.stage === "sent" ? "current" : "done",
    detail: facts.therapistName ? `To ${facts.therapistName}` : null,
  };
  if (facts.stage === "declined") {
    const reason = facts.declineReason?.trim();
    return [
      sent,
      {
        key: "declined",
        label: "Declined",
        at: facts.declinedAt,
        state: "current",
        detail: reason ? `Reason: ${reason}` : "No reason given",
      },
    ];
  }
  const progress = sessionsProgress(facts.sessionsGiven, facts.sessionsPrescribed);
  return [
    sent,
    { key: "accepted", label: "Accepted", at: facts.acceptedAt, state: finalState(1), detail: null },
    {
      key: "in-progress",
      label: "In progress",
      at: facts.firstSessionAt,
      state: finalState(2),
      detail: facts.sessionsGiven > 0 || reached >= 2 ? progress : null,
    },
    {
      key: "completed",
      label: "Completed",
      at: facts.completedAt,
      state: facts.stage === "completed" ? "done" : "upcoming",
      detail: facts.stage === "completed" ? [progress, facts.dischargeNote?.trim() || null].filter(Boolean).join(" — ") : null,
    },
  ];
}
