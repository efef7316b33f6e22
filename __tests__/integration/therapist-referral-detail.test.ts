import { randomUUID } from "node:crypto";
import { sendReferralToTherapist } from "@/lib/data/referral-dispatch";
import { getTherapistReferral } from "@/lib/data/therapist-referral-detail";
import { logTherapySession, respondToReferral } from "@/lib/data/therapist-referrals";
import { db } from "@/lib/db/client";
import { logSessionSchema } from "@/lib/schemas/referral-loop";
import { createLoopContext, type LoopContext } from "../support/loop-fixtures";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";

// The therapist's referral page reads through getTherapistReferral: the sheet and ONE dispatch, the
// therapist's own, on a real database. Everyone else gets null (the page answers 404).
jest.setTimeout(60_000);

type Viewer = { id: string; role: string; name: string };
let clinician: Viewer;
let admin: Viewer;
let ctx: LoopContext;
let therapist: { id: string; role: string };
let other: LoopContext;
let otherTherapist: { id: string; role: string };

const viewerOf = async (email: string) => {
  const u = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
  return { id: u.id, role: u.role };
};

beforeAll(async () => {
  await seedEvidenceForTest();
  const c = await createTestUser({ role: "CLINICIAN" });
  const a = await createTestUser({ role: "ADMIN" });
  clinician = { id: c.id, role: c.role, name: c.name };
  admin = { id: a.id, role: a.role, name: a.name };
  ctx = await createLoopContext(clinician);
  other = await createLoopContext(clinician);
  therapist = await viewerOf(ctx.therapistEmail);
  otherTherapist = await viewerOf(other.therapistEmail);
});

test("the assigned therapist reads the sheet (dose, precautions, clinician's contact) and their course", async () => {
  const detail = await getTherapistReferral(therapist, ctx.dispatch.inProgress);
  expect(detail).not.toBeNull();
  expect(detail?.sheet.clinician.email).toBeTruthy();
  expect(detail?.sheet.patient.name).toBeTruthy();
  expect(detail?.dispatch).toMatchObject({ id: ctx.dispatch.inProgress, status: "in_progress" });
  expect(detail?.dispatch.sessions).toHaveLength(1);
  expect(detail?.dispatch.adverseEvents.map((a) => a.severity)).toEqual(["moderate"]);
});

test("sessions prescribed come from the referral's final dose (45 min, twice a week, 4 weeks = 8)", async () => {
  const referral = await createReferralFixture(db, clinician.id, {
    status: "final",
    finalDose: { minutesPerSession: 45, sessionsPerWeek: 2, weeks: 4, totalSessions: null },
  });
  const sent = await sendReferralToTherapist(clinician, referral.id, ctx.therapistId);
  if (!sent.ok) throw new Error(sent.reason);
  const detail = await getTherapistReferral(therapist, sent.dispatchId);
  expect(detail?.sessionsPrescribed).toBe(8);
  expect(detail?.minutesPerSession).toBe(45);
});

test("another therapist, the referring clinician and an admin get nothing through this read", async () => {
  for (const viewer of [otherTherapist, clinician, admin]) {
    expect(await getTherapistReferral(viewer, ctx.dispatch.inProgress)).toBeNull();
  }
  expect(await getTherapistReferral(therapist, other.dispatch.inProgress)).toBeNull();
  expect(await getTherapistReferral(therapist, "not a real id; drop table")).toBeNull();
});

test("after a decline and a resend, the new therapist sees only their own dispatch, not the first one's decline", async () => {
  const referral = await createReferralFixture(db, clinician.id, { status: "final" });
  const first = await sendReferralToTherapist(clinician, referral.id, other.therapistId);
  if (!first.ok) throw new Error(first.reason);
  await respondToReferral(otherTherapist, first.dispatchId, "decline", "No room until spring");
  const second = await sendReferralToTherapist(clinician, referral.id, ctx.therapistId);
  if (!second.ok) throw new Error(second.reason);
  await respondToReferral(therapist, second.dispatchId, "accept", "");
  await logTherapySession(
    therapist,
    logSessionSchema.parse({
      dispatchId: second.dispatchId,
      idempotencyKey: randomUUID(),
      sessionDate: "2026-12-02",
      minutes: 30,
      pressure: "light",
      tolerance: "well",
    }),
  );
  const mine = await getTherapistReferral(therapist, second.dispatchId);
  expect(mine?.dispatch).toMatchObject({ status: "in_progress", declineReason: null });
  expect(mine?.dispatch.events.map((e) => e.note)).not.toContain("No room until spring");
  expect(await getTherapistReferral(therapist, first.dispatchId)).toBeNull();
  // The therapist who declined still reads their own (declined) dispatch and reason.
  expect((await getTherapistReferral(otherTherapist, first.dispatchId))?.dispatch.declineReason).toBe("No room until spring");
});
