/**
 * The clinician's side of the loop on a real database: the referral's loop (timeline, sessions against
 * the dose, scores, adverse events), the "needs attention" list and the clinic's outcomes, each scoped
 * (another clinician gets nothing, a therapist gets no outcomes), and the FHIR Bundle of a real loop.
 */
import { getClinicianLoop, getLoopForExport } from "@/lib/data/loop-follow-up";
import { listNeedsAttention } from "@/lib/data/loop-attention";
import { getConditionOutcome, listOutcomeSummaries } from "@/lib/data/loop-outcomes";
import { getReferralForUser } from "@/lib/data/referrals";
import { db } from "@/lib/db/client";
import { toFhirLoopBundle } from "@/lib/domain/loop-follow-up/fhir-bundle";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { fhirR4Issues } from "../support/fhir-validator";
import { createLoopFixture, createTherapistFixture } from "../support/loop-row-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;
let a: User;
let b: User;
let admin: User;
let therapistId: string;
const NOW = new Date("2026-06-30T12:00:00.000Z");
const day = (iso: string) => new Date(`${iso}T10:00:00.000Z`);
const knee8 = { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 };

/** A completed course: 3 sessions, pain first → last, PEG items first → last. */
async function completedCourse(clinicianId: string, first: number, last: number) {
  const referral = await createReferralFixture(db, clinicianId, { status: "sent", finalDose: knee8 });
  await createLoopFixture(db, {
    referralId: referral.id,
    clinicianId,
    therapistId,
    status: "completed",
    sentAt: day("2026-05-01"),
    moves: [
      { to: "accepted", at: day("2026-05-02") },
      { to: "in_progress", at: day("2026-05-05") },
      { to: "completed", at: day("2026-05-20") },
    ],
    sessions: [{ date: "2026-05-05" }, { date: "2026-05-12" }, { date: "2026-05-19" }],
    scores: [
      { on: "2026-05-05", timepoint: "first", pain: first, peg: [first, first, first], session: 0 },
      { on: "2026-05-19", timepoint: "final", pain: last, peg: [last, last, last], pgic: last < first ? 2 : 4, session: 2 },
    ],
    dischargeNote: "Discharged",
  });
  return referral;
}

beforeAll(async () => {
  await seedEvidenceForTest();
  a = await createTestUser({ name: "Dr A" });
  b = await createTestUser({ name: "Dr B" });
  admin = await createTestUser({ role: "ADMIN", name: "Admin" });
  therapistId = (await createTherapistFixture(db)).id;
});

describe("the referral's loop on the clinician's page", () => {
  it("shows where it stands, sessions against the dose, scores and adverse events — to its clinician and admins only", async () => {
    const referral = await createReferralFixture(db, a.id, { status: "sent", finalDose: knee8 });
    const earlier = await createTherapistFixture(db, "Pat Declined");
    await createLoopFixture(db, {
      referralId: referral.id,
      clinicianId: a.id,
      therapistId: earlier.id,
      status: "declined",
      sentAt: day("2026-04-01"),
      moves: [{ to: "declined", at: day("2026-04-02"), note: "Not taking new patients" }],
      declineReason: "Not taking new patients",
    });
    await createLoopFixture(db, {
      referralId: referral.id,
      clinicianId: a.id,
      therapistId,
      status: "in_progress",
      sentAt: day("2026-04-03"),
      moves: [
        { to: "accepted", at: day("2026-04-04") },
        { to: "in_progress", at: day("2026-04-06") },
      ],
      sessions: [
        { date: "2026-04-06" },
        { date: "2026-04-13", minutes: 45 },
        { date: "2026-04-20", adverse: { severity: "moderate", description: "Bruising" } },
      ],
      scores: [
        { on: "2026-04-06", timepoint: "first", pain: 7, peg: [7, 6, 8], session: 0 },
        { on: "2026-04-20", timepoint: "interim", pain: 5, peg: [5, 4, 5], pgic: 3, session: 2 },
      ],
    });

    const loop = await getClinicianLoop(a, referral.id);
    expect(loop?.current?.therapistName).toBe("Terry Therapist");
    expect(loop?.current?.timeline.map((s) => [s.key, s.state])).toEqual([
      ["sent", "done"],
      ["accepted", "done"],
      ["in-progress", "current"],
      ["completed", "upcoming"],
    ]);
    expect(loop?.current?.dose.progress).toBe("3 of 8 sessions");
    expect(loop?.current?.sessions.map((s) => s.minutes)).toEqual([60, 45, 60]);
    expect(loop?.current?.sessions[2]?.adverseEvent).toEqual({ severity: "moderate", description: "Bruising" });
    expect(loop?.current?.scores.map((s) => [s.date, s.pain, s.peg, s.pgic])).toEqual([
      ["2026-04-06", 7, 7, null],
      ["2026-04-20", 5, 4.7, "Minimally improved"],
    ]);
    expect(loop?.declinedBefore).toEqual([
      { therapistName: "Pat Declined", at: day("2026-04-02").toISOString(), reason: "Not taking new patients" },
    ]);

    expect(await getClinicianLoop(b, referral.id)).toBeNull();
    expect((await getClinicianLoop(admin, referral.id))?.current?.therapistName).toBe("Terry Therapist");
    expect(await getClinicianLoop(a, "not a real id; DROP")).toBeNull();
  });

  it("exports a real loop as a valid FHIR R4 Bundle, scoped like the page", async () => {
    const referral = await completedCourse(a.id, 8, 4);
    const detail = await getReferralForUser(a, referral.id);
    const exported = await getLoopForExport(a, referral.id);
    expect(exported?.loop?.stage).toBe("completed");
    const bundle = toFhirLoopBundle(detail!.sheet, exported?.loop ?? null, NOW.toISOString());
    expect(fhirR4Issues(bundle)).toEqual([]);
    for (const e of bundle.entry ?? []) expect(fhirR4Issues(e.resource as object)).toEqual([]);
    const types = (bundle.entry ?? []).map((e) => e.resource?.resourceType);
    expect(types.filter((t) => t === "Procedure")).toHaveLength(3);
    expect(types.filter((t) => t === "Observation")).toHaveLength(5); // pain + PEG ×2, one PGIC
    expect(await getLoopForExport(b, referral.id)).toBeNull();

    const unsent = await createReferralFixture(db, a.id, { status: "final" });
    expect(await getLoopForExport(a, unsent.id)).toEqual({ loop: null });
  });
});

describe("needs attention", () => {
  it("lists the clinician's declined, waiting, adverse-event and no-relief referrals — and nobody else's", async () => {
    const mine = await createTestUser({ name: "Dr Attention" });
    const declined = await createReferralFixture(db, mine.id, { status: "sent" });
    await createLoopFixture(db, {
      referralId: declined.id,
      clinicianId: mine.id,
      therapistId,
      status: "declined",
      sentAt: day("2026-06-01"),
      moves: [{ to: "declined", at: day("2026-06-02") }],
      declineReason: "Outside my area",
    });
    const waiting = await createReferralFixture(db, mine.id, { status: "sent" });
    await createLoopFixture(db, {
      referralId: waiting.id,
      clinicianId: mine.id,
      therapistId,
      status: "accepted",
      sentAt: day("2026-06-01"),
      moves: [{ to: "accepted", at: day("2026-06-02") }],
    });
    const adverse = await createReferralFixture(db, mine.id, { status: "sent" });
    await createLoopFixture(db, {
      referralId: adverse.id,
      clinicianId: mine.id,
      therapistId,
      status: "in_progress",
      sentAt: day("2026-06-20"),
      moves: [
        { to: "accepted", at: day("2026-06-21") },
        { to: "in_progress", at: day("2026-06-22") },
      ],
      sessions: [
        { date: "2026-06-22", adverse: { severity: "severe", description: "Fainted", acknowledged: false } },
        { date: "2026-06-25", adverse: { severity: "mild", description: "Sore", acknowledged: true } },
      ],
    });
    const noRelief = await completedCourse(mine.id, 5, 6);
    await completedCourse(mine.id, 8, 3); // improved: not listed

    const items = await listNeedsAttention(mine, NOW);
    expect(items.map((i) => [i.referralId, i.kind])).toEqual([
      [adverse.id, "adverse-event"],
      [declined.id, "declined"],
      [waiting.id, "no-first-session"],
      [noRelief.id, "no-pain-relief"],
    ]);
    expect(items[1]?.detail).toBe("Declined by the therapist: Outside my area");
    expect(await listNeedsAttention(b, NOW)).toEqual([]);
  });
});

describe("what the doses did in this clinic", () => {
  it("counts completed courses per condition and dose, clinic-wide or mine, and nothing for a therapist role", async () => {
    const c = await createTestUser({ name: "Dr Outcomes" });
    await completedCourse(c.id, 8, 4);
    await completedCourse(c.id, 6, 6);
    const inProgress = await createReferralFixture(db, c.id, { status: "sent", finalDose: knee8 });
    await createLoopFixture(db, {
      referralId: inProgress.id,
      clinicianId: c.id,
      therapistId,
      status: "in_progress",
      sentAt: day("2026-06-01"),
      sessions: [{ date: "2026-06-02" }],
      scores: [{ on: "2026-06-02", timepoint: "first", pain: 9, peg: [9, 9, 9] }],
    });

    const [mine] = await listOutcomeSummaries(c, "mine");
    expect(mine?.conditionSlug).toBe("knee-osteoarthritis");
    expect(mine?.coursesCompleted).toBe(2);
    expect(mine?.pain).toEqual({ medianChange: -2, n: 2 }); // −4 and 0
    expect(mine?.meaningfulPainReduction).toEqual({ count: 1, n: 2, share: 0.5 });
    expect(mine?.sessions).toMatchObject({ attended: 6, prescribed: 16 });

    const clinic = await getConditionOutcome(c, "knee-osteoarthritis");
    expect(clinic?.coursesCompleted).toBeGreaterThanOrEqual(2);
    expect(await listOutcomeSummaries({ id: c.id, role: "THERAPIST" }, "clinic")).toEqual([]);
    expect(await getConditionOutcome({ id: c.id, role: "THERAPIST" }, "knee-osteoarthritis")).toBeNull();
  });
});
