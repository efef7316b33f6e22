import fc from "fast-check";
import {
  applyMove,
  canLogSession,
  canSendReferral,
  dispatchMoves,
  dispatchStatuses,
  isLegalTransition,
  nextDispatchStatuses,
  type DispatchMove,
  type DispatchStatus,
} from "@/lib/domain/referral-loop/status";

// The loop as the clinic runs it: the therapist answers a sent referral, the first session logged starts
// the course, the discharge note ends it. Every pair not in this table must be refused.
const legal: [DispatchStatus, DispatchMove, DispatchStatus][] = [
  ["sent", "accept", "accepted"],
  ["sent", "decline", "declined"],
  ["accepted", "start", "in_progress"],
  ["in_progress", "complete", "completed"],
];

describe("referral loop status transitions", () => {
  it.each(legal)("%s --%s--> %s is allowed", (from, move, to) => {
    expect(applyMove(from, move)).toEqual({ ok: true, from, to });
    expect(isLegalTransition(from, to)).toBe(true);
  });

  const illegal = dispatchStatuses.flatMap((from) =>
    dispatchMoves.filter((move) => !legal.some(([f, m]) => f === from && m === move)).map((move) => [from, move] as const),
  );

  it("lists sixteen illegal (status, move) pairs", () => {
    expect(illegal).toHaveLength(dispatchStatuses.length * dispatchMoves.length - legal.length);
  });

  it.each(illegal)("%s --%s--> is refused with a reason", (from, move) => {
    const outcome = applyMove(from, move);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason.length).toBeGreaterThan(10);
  });

  it("refuses skipping a step: a sent referral cannot be discharged or started", () => {
    expect(applyMove("sent", "complete")).toMatchObject({ ok: false, reason: "Log at least one session before discharging the course." });
    expect(applyMove("sent", "start")).toMatchObject({ ok: false, reason: "Accept the referral before logging a session." });
    expect(applyMove("accepted", "complete")).toMatchObject({ ok: false });
    expect(isLegalTransition("sent", "in_progress")).toBe(false);
    expect(isLegalTransition("sent", "completed")).toBe(false);
  });

  it("cannot take back an answer: accepted and declined are not re-answered", () => {
    expect(applyMove("accepted", "decline").ok).toBe(false);
    expect(applyMove("declined", "accept").ok).toBe(false);
    expect(applyMove("in_progress", "decline").ok).toBe(false);
  });

  it("declined and completed are final", () => {
    expect(nextDispatchStatuses("declined")).toEqual([]);
    expect(nextDispatchStatuses("completed")).toEqual([]);
    for (const move of dispatchMoves) {
      expect(applyMove("declined", move).ok).toBe(false);
      expect(applyMove("completed", move).ok).toBe(false);
    }
  });

  it("offers the next statuses in order", () => {
    expect(nextDispatchStatuses("sent")).toEqual(["accepted", "declined"]);
    expect(nextDispatchStatuses("accepted")).toEqual(["in_progress"]);
    expect(nextDispatchStatuses("in_progress")).toEqual(["completed"]);
  });

  it("never moves backwards or to itself, for any sequence of moves", () => {
    const rank: Record<DispatchStatus, number> = { sent: 0, accepted: 1, declined: 1, in_progress: 2, completed: 3 };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...dispatchMoves), { maxLength: 12 }), (moves) => {
        let status: DispatchStatus = "sent";
        for (const move of moves) {
          const outcome = applyMove(status, move);
          if (!outcome.ok) continue;
          expect(rank[outcome.to]).toBe(rank[status] + 1);
          status = outcome.to;
        }
      }),
    );
  });

  it("allows sessions only between acceptance and discharge", () => {
    expect(dispatchStatuses.filter(canLogSession)).toEqual(["accepted", "in_progress"]);
  });

  it("sends a referral again only when every earlier therapist declined", () => {
    expect(canSendReferral([])).toBe(true);
    expect(canSendReferral(["declined", "declined"])).toBe(true);
    expect(canSendReferral(["declined", "sent"])).toBe(false);
    expect(canSendReferral(["accepted"])).toBe(false);
    expect(canSendReferral(["in_progress"])).toBe(false);
    expect(canSendReferral(["completed"])).toBe(false);
  });
});
