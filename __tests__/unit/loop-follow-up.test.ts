/**
 * The clinician's side of the loop, pure: the "needs attention" rules (declined, no first session 14
 * days after acceptance or sending, adverse events, a course that ended without pain relief) and the
 * status timeline ("5 of 8 sessions").
 */
import fc from "fast-check";
import type { CourseRecord } from "@/lib/domain/outcomes/course-outcome";
import type { ScoreSet } from "@/lib/domain/outcomes/scores";
import { attentionFor, needsAttention, type LoopReferralFacts } from "@/lib/domain/loop-follow-up/needs-attention";
import { loopTimeline, sessionsProgress, type TimelineFacts } from "@/lib/domain/loop-follow-up/timeline";

const NOW = new Date("2026-03-01T12:00:00.000Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

function pain(id: string, day: number, value: number): ScoreSet {
  return { id, recordedAt: daysBefore(day), pain: value, pegPain: null, pegEnjoyment: null, pegActivity: null, pgic: null };
}

function facts(overrides: Partial<LoopReferralFacts> = {}): LoopReferralFacts {
  const course: CourseRecord = {
    referralId: "r1",
    conditionSlug: "knee-osteoarthritis",
    conditionName: "Knee osteoarthritis",
    dose: { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
    completed: false,
    sessionsAttended: 0,
    scores: [],
  };
  return {
    referralId: "r1",
    patientName: "Sam Lee",
    conditionName: "Knee osteoarthritis",
    stage: "sent",
    sentAt: daysBefore(3),
    acceptedAt: null,
    declinedAt: null,
    declineReason: null,
    completedAt: null,
    sessions: [],
    adverseEvents: [],
    course,
    ...overrides,
  };
}

const kinds = (f: LoopReferralFacts) => attentionFor(f, NOW).map((i) => i.kind);

describe("needs attention", () => {
  it("lists a declined referral with the therapist's reason", () => {
    const [item] = attentionFor(facts({ stage: "declined", declinedAt: daysBefore(1), declineReason: "Not taking new patients" }), NOW);
    expect(item?.kind).toBe("declined");
    expect(item?.detail).toBe("Declined by the therapist: Not taking new patients");
  });

  it("lists no first session 14 days after acceptance, not 13", () => {
    expect(kinds(facts({ stage: "accepted", sentAt: daysBefore(30), acceptedAt: daysBefore(13) }))).toEqual([]);
    const [item] = attentionFor(facts({ stage: "accepted", sentAt: daysBefore(30), acceptedAt: daysBefore(14) }), NOW);
    expect(item?.kind).toBe("no-first-session");
    expect(item?.detail).toBe("No session yet: accepted 14 days ago");
  });

  it("counts the wait from sending while the therapist has not answered", () => {
    expect(kinds(facts({ stage: "sent", sentAt: daysBefore(13) }))).toEqual([]);
    expect(kinds(facts({ stage: "sent", sentAt: daysBefore(20) }))).toEqual(["no-first-session"]);
  });

  it("does not flag a wait once a session was given", () => {
    const session = { id: "s1", date: daysBefore(2) };
    expect(kinds(facts({ stage: "in_progress", acceptedAt: daysBefore(30), sessions: [session] }))).toEqual([]);
    expect(kinds(facts({ stage: "accepted", acceptedAt: daysBefore(30), sessions: [session] }))).toEqual([]);
  });

  const event = (
    id: string,
    day: number,
    severity: "mild" | "moderate" | "severe",
    description: string,
    acknowledgedAt: string | null = null,
  ) => ({
    id,
    occurredOn: daysBefore(day),
    severity,
    description,
    acknowledgedAt,
  });

  it("lists each open adverse event with its severity, worst first; an acknowledged one is not listed", () => {
    const items = attentionFor(
      facts({
        stage: "in_progress",
        sessions: [{ id: "s1", date: daysBefore(9) }],
        adverseEvents: [
          event("a1", 9, "mild", "Soreness next day"),
          event("a2", 2, "severe", "Bruising over the shin"),
          event("a3", 5, "moderate", "Dizzy after the session", daysBefore(4)),
        ],
      }),
      NOW,
    );
    expect(items.map((i) => [i.kind, i.severity, i.adverseEventId])).toEqual([
      ["adverse-event", "severe", "a2"],
      ["adverse-event", "mild", "a1"],
    ]);
    expect(items[0]?.detail).toBe("Adverse event (severe): Bruising over the shin");
  });

  it("lists a completed course whose pain is unchanged or worse, and not one that improved", () => {
    const ended = (first: number, last: number) =>
      facts({
        stage: "completed",
        completedAt: daysBefore(1),
        sessions: [{ id: "s1", date: daysBefore(40) }],
        course: { ...facts().course, completed: true, sessionsAttended: 8, scores: [pain("a", 40, first), pain("b", 1, last)] },
      });
    expect(attentionFor(ended(6, 6), NOW).map((i) => i.detail)).toEqual(["Course ended with pain unchanged: 6 → 6 of 10"]);
    expect(attentionFor(ended(5, 7), NOW).map((i) => i.detail)).toEqual(["Course ended with pain worse: 5 → 7 of 10"]);
    expect(kinds(ended(6, 5))).toEqual([]);
  });

  it("puts adverse events first across referrals, and never drops a reason", () => {
    const list = needsAttention(
      [
        facts({ referralId: "a", stage: "declined", declinedAt: daysBefore(1) }),
        facts({
          referralId: "b",
          stage: "in_progress",
          sessions: [{ id: "s", date: daysBefore(3) }],
          adverseEvents: [event("e", 3, "moderate", "Dizzy")],
        }),
        facts({ referralId: "c", stage: "sent", sentAt: daysBefore(40) }),
      ],
      NOW,
    );
    expect(list.map((i) => [i.referralId, i.kind])).toEqual([
      ["b", "adverse-event"],
      ["a", "declined"],
      ["c", "no-first-session"],
    ]);
  });

  it("lists a referral for an open adverse event whatever else is true of it (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("sent", "accepted", "in_progress", "completed", "declined" as const),
        fc.constantFrom("mild", "moderate", "severe" as const),
        fc.integer({ min: 0, max: 60 }),
        (stage, severity, age) => {
          const f = facts({ stage, sessions: [{ id: "s", date: daysBefore(age) }], adverseEvents: [event("e", age, severity, "x")] });
          expect(kinds(f)).toContain("adverse-event");
          expect(kinds(f)).not.toContain("no-first-session");
        },
      ),
    );
  });
});

describe("status timeline", () => {
  const base: TimelineFacts = {
    stage: "in_progress",
    therapistName: "Terry Therapist",
    sentAt: "2026-01-01T09:00:00.000Z",
    acceptedAt: "2026-01-02T09:00:00.000Z",
    declinedAt: null,
    declineReason: null,
    completedAt: null,
    dischargeNote: null,
    sessionsGiven: 5,
    sessionsPrescribed: 8,
    firstSessionAt: "2026-01-05",
  };

  it("says '5 of 8 sessions' while in progress, with sent and accepted done", () => {
    const steps = loopTimeline(base);
    expect(steps.map((s) => [s.key, s.state])).toEqual([
      ["sent", "done"],
      ["accepted", "done"],
      ["in-progress", "current"],
      ["completed", "upcoming"],
    ]);
    expect(steps[0]?.detail).toBe("To Terry Therapist");
    expect(steps[2]?.detail).toBe("5 of 8 sessions");
  });

  it("ends at declined with the reason", () => {
    const steps = loopTimeline({
      ...base,
      stage: "declined",
      acceptedAt: null,
      declinedAt: "2026-01-03T00:00:00.000Z",
      declineReason: "Outside my area",
      sessionsGiven: 0,
    });
    expect(steps.map((s) => s.key)).toEqual(["sent", "declined"]);
    expect(steps[1]?.detail).toBe("Reason: Outside my area");
  });

  it("marks every step done when completed, with the sessions given and the discharge note", () => {
    const steps = loopTimeline({
      ...base,
      stage: "completed",
      sessionsGiven: 7,
      completedAt: "2026-03-01T00:00:00.000Z",
      dischargeNote: "Walking further",
    });
    expect(steps.every((s) => s.state === "done")).toBe(true);
    expect(steps[3]?.detail).toBe("7 of 8 sessions — Walking further");
  });

  it("waits on the therapist while only sent", () => {
    const steps = loopTimeline({ ...base, stage: "sent", acceptedAt: null, sessionsGiven: 0, firstSessionAt: null });
    expect(steps.map((s) => s.state)).toEqual(["current", "upcoming", "upcoming", "upcoming"]);
    expect(steps[2]?.detail).toBeNull();
  });

  it("words the count when the referral left the number of sessions open", () => {
    expect(sessionsProgress(1, null)).toBe("1 session (number of sessions not set in this referral)");
    expect(sessionsProgress(1, 1)).toBe("1 of 1 session");
    expect(sessionsProgress(9, 8)).toBe("9 of 8 sessions (1 more than prescribed)");
  });
});
