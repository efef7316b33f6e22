/**
 * Where a referral sent to a therapist stands, and which moves are allowed. The closed-loop pattern of
 * HL7's SDOH Clinical Care referral (a FHIR Task for the ServiceRequest: requested → accepted |
 * rejected → in-progress → completed) in our words. Pure: the data layer asks this module before every
 * status write, and writes conditionally on the status it read, so a race cannot skip a step.
 */

export const dispatchStatuses = ["sent", "accepted", "declined", "in_progress", "completed"] as const;
export type DispatchStatus = (typeof dispatchStatuses)[number];

/** What someone does to a dispatch: the therapist accepts/declines and discharges, a first session starts it. */
export const dispatchMoves = ["accept", "decline", "start", "complete"] as const;
export type DispatchMove = (typeof dispatchMoves)[number];

export const dispatchStatusLabels: Record<DispatchStatus, string> = {
  sent: "Sent",
  accepted: "Accepted",
  declined: "Declined",
  in_progress: "In progress",
  completed: "Completed",
};

const moveTable: Record<DispatchMove, { from: DispatchStatus; to: DispatchStatus }> = {
  accept: { from: "sent", to: "accepted" },
  decline: { from: "sent", to: "declined" },
  start: { from: "accepted", to: "in_progress" },
  complete: { from: "in_progress", to: "completed" },
};

export type MoveOutcome =
  { ok: true; from: DispatchStatus; to: DispatchStatus } | { ok: false; from: DispatchStatus; move: DispatchMove; reason: string };

/** The status a move leads to from `from`, or why it is refused. */
export function applyMove(from: DispatchStatus, move: DispatchMove): MoveOutcome {
  const rule = moveTable[move];
  if (rule.from === from) return { ok: true, from, to: rule.to };
  return { ok: false, from, move, reason: refusalReason(from, move) };
}

function refusalReason(from: DispatchStatus, move: DispatchMove): string {
  if (from === "declined") return "This referral was declined; the clinician can send it to another therapist.";
  if (from === "completed") return "This course is completed and discharged.";
  switch (move) {
    case "accept":
    case "decline":
      return "This referral has already been answered.";
    case "start":
      return from === "sent" ? "Accept the referral before logging a session." : "The course has already started.";
    case "complete":
      return from === "sent" || from === "accepted"
        ? "Log at least one session before discharging the course."
        : "This course is completed and discharged.";
  }
}

/** True when `from → to` is one of the loop's moves (for checks on stored rows). */
export function isLegalTransition(from: DispatchStatus, to: DispatchStatus): boolean {
  return dispatchMoves.some((m) => moveTable[m].from === from && moveTable[m].to === to);
}

/** Statuses the course can reach next from `from` (empty for declined and completed: both are final). */
export function nextDispatchStatuses(from: DispatchStatus): DispatchStatus[] {
  return dispatchMoves.filter((m) => moveTable[m].from === from).map((m) => moveTable[m].to);
}

/** A session can be logged once the referral is accepted and until discharge (the first one starts it). */
export function canLogSession(status: DispatchStatus): boolean {
  return status === "accepted" || status === "in_progress";
}

/** Scores and adverse events go with sessions: the same window. */
export const canRecordOutcome = canLogSession;

/**
 * A referral may be sent when it has never been sent or every therapist so far declined: while one has
 * it (or after a completed course) a second sending would split the course between two therapists.
 */
export function canSendReferral(previous: readonly DispatchStatus[]): boolean {
  return previous.every((s) => s === "declined");
}

/** Parses a stored status; an unknown value is a bug in the data, not user input. */
export function asDispatchStatus(value: string): DispatchStatus {
  const found = dispatchStatuses.find((s) => s === value);
  if (!found) throw new Error(`Unknown dispatch status "${value}"`);
  return found;
}
