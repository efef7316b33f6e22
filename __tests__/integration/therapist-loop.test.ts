import { randomUUID } from "node:crypto";
import { acknowledgeAdverseEvent, countOpenAdverseAlerts } from "@/lib/data/adverse-alerts";
import { getReferralForUser } from "@/lib/data/referrals";
import { getReferralLoop } from "@/lib/data/referral-loop";
import { rankTherapistsForReferral, sendReferralToTherapist } from "@/lib/data/referral-dispatch";
import { saveTherapist } from "@/lib/data/therapists";
import {
  dischargeCourse,
  dispatchForShortCode,
  listReferralsForTherapist,
  logTherapySession,
  recordOutcomeScores,
  respondToReferral,
} from "@/lib/data/therapist-referrals";
import { ensureUser } from "@/lib/data/users-store";
import { db } from "@/lib/db/client";
import { logSessionSchema, recordScoresSchema } from "@/lib/schemas/referral-loop";
import { therapistSchema } from "@/lib/schemas/therapist";
import { createTestUser, seedEvidenceForTest, TEST_PASSWORD } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";

// Issue 16 items 2, 3 and 7 on a real database: sending, the therapist's scope, idempotent session log,
// scores, discharge and the clinician's adverse-event alert.
jest.setTimeout(60_000);

type Viewer = { id: string; role: string; name: string };
let clinician: Viewer;
let otherClinician: Viewer;
let admin: Viewer;
let therapistUser: Viewer;
let otherTherapistUser: Viewer;
let oncologyId: string;
let otherId: string;

async function therapistAccount(email: string): Promise<Viewer> {
  await ensureUser(db, { email, name: email.split("@")[0] ?? email, role: "THERAPIST", password: TEST_PASSWORD });
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, role: u.role, name: u.name };
}

async function entry(email: string, training: string[], userId: string | null) {
  const saved = await saveTherapist(
    admin,
    therapistSchema.parse({ name: email, practice: "", address: "", phone: "", licence: "", email, training, languages: "English" }),
  );
  if (!saved.ok) throw new Error("therapist not saved");
  if (userId) await db.therapist.update({ where: { id: saved.id }, data: { userId } });
  return saved.id;
}

const session = (dispatchId: string, extra: Record<string, unknown> = {}) =>
  logSessionSchema.parse({
    dispatchId,
    idempotencyKey: randomUUID(),
    sessionDate: "2026-12-01",
    minutes: 60,
    techniques: ["Swedish"],
    areas: ["knee"],
    pressure: "moderate",
    tolerance: "well",
    ...extra,
  });
const scores = (dispatchId: string, extra: Record<string, unknown> = {}) =>
  recordScoresSchema.parse({
    dispatchId,
    idempotencyKey: randomUUID(),
    timepoint: "first",
    recordedOn: "2026-12-01",
    pain: 7,
    pegPain: 7,
    pegEnjoyment: 6,
    pegActivity: 6,
    ...extra,
  });

beforeAll(async () => {
  await seedEvidenceForTest();
  const u = async (role: "CLINICIAN" | "ADMIN") => {
    const x = await createTestUser({ role });
    return { id: x.id, role: x.role, name: x.name };
  };
  [clinician, otherClinician, admin] = [await u("CLINICIAN"), await u("CLINICIAN"), await u("ADMIN")];
  therapistUser = await therapistAccount(`t-${randomUUID().slice(0, 8)}@clinic.test`);
  otherTherapistUser = await therapistAccount(`o-${randomUUID().slice(0, 8)}@clinic.test`);
  oncologyId = await entry(`onc-${randomUUID().slice(0, 8)}@clinic.test`, ["oncology"], therapistUser.id);
  otherId = await entry(`gen-${randomUUID().slice(0, 8)}@clinic.test`, ["sports"], otherTherapistUser.id);
});

async function sentReferral(intake = {}) {
  const referral = await createReferralFixture(db, clinician.id, { status: "final", intake });
  const sent = await sendReferralToTherapist(clinician, referral.id, oncologyId);
  if (!sent.ok) throw new Error(`not sent: ${sent.reason}`);
  return { referralId: referral.id, dispatchId: sent.dispatchId, shortCode: sent.shortCode };
}

test("the oncology-trained therapist is offered first for active cancer, with the reason", async () => {
  const referral = await createReferralFixture(db, clinician.id, { status: "final", intake: { safetyFindings: ["cancer"] } });
  const ranked = await rankTherapistsForReferral(clinician, referral.id);
  expect(ranked?.[0]?.therapist.id).toBe(oncologyId);
  expect(ranked?.[0]?.reason).toBe("Oncology massage training: active cancer");
  expect(await rankTherapistsForReferral(otherClinician, referral.id)).toBeNull();
});

test("sending records recipient and time, moves the referral to sent with a short code, and mails the therapist", async () => {
  const before = new Date();
  const { referralId, dispatchId, shortCode } = await sentReferral();
  const dispatch = await db.referralDispatch.findUniqueOrThrow({ where: { id: dispatchId } });
  expect(dispatch).toMatchObject({ therapistId: oncologyId, sentById: clinician.id, status: "sent" });
  expect(dispatch.sentAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe("sent");
  expect(shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  const mail = await db.outboxMessage.findFirst({ where: { kind: "referral-sent" }, orderBy: { createdAt: "desc" } });
  expect(mail?.transport).toBe("outbox");
  // No patient details leave in mail.
  expect(mail?.text).not.toContain("Maria");
  // A second sending while this one is open is refused; another clinician cannot send it at all.
  expect(await sendReferralToTherapist(clinician, referralId, otherId)).toEqual({ ok: false, reason: "already-sent" });
  expect(await sendReferralToTherapist(otherClinician, referralId, otherId)).toEqual({ ok: false, reason: "not-found" });
});

test("a therapist with no account yet gets a one-time invitation; only its hash is stored", async () => {
  const newcomer = await entry(`new-${randomUUID().slice(0, 8)}@clinic.test`, [], null);
  const referral = await createReferralFixture(db, clinician.id, { status: "final" });
  const sent = await sendReferralToTherapist(clinician, referral.id, newcomer);
  expect(sent).toMatchObject({ ok: true, invited: true });
  const invitation = await db.therapistInvitation.findFirstOrThrow({ where: { therapistId: newcomer } });
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "therapist-invitation" }, orderBy: { createdAt: "desc" } });
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(token).toBeDefined();
  expect(invitation.tokenHash).not.toBe(token);
  expect(invitation.tokenHash).toHaveLength(64);
});

test("only the assigned therapist sees the referral: not another therapist, not another clinician", async () => {
  const { referralId, dispatchId, shortCode } = await sentReferral();
  expect((await listReferralsForTherapist(therapistUser)).map((r) => r.dispatchId)).toContain(dispatchId);
  expect((await listReferralsForTherapist(otherTherapistUser)).map((r) => r.dispatchId)).not.toContain(dispatchId);
  expect(await listReferralsForTherapist(clinician)).toEqual([]);
  expect(await getReferralLoop(therapistUser, referralId)).not.toBeNull();
  expect(await getReferralLoop(otherTherapistUser, referralId)).toBeNull();
  expect(await getReferralLoop(otherClinician, referralId)).toBeNull();
  expect((await getReferralLoop(admin, referralId))?.canSend).toBe(false);
  // The referral detail pages stay the clinician's: a therapist gets nothing there.
  expect(await getReferralForUser(therapistUser, referralId)).toBeNull();
  // The short code opens it for its therapist only.
  expect(await dispatchForShortCode(therapistUser, shortCode.toLowerCase())).toBe(dispatchId);
  expect(await dispatchForShortCode(otherTherapistUser, shortCode)).toBeNull();
  expect(await dispatchForShortCode(clinician, shortCode)).toBeNull();
  // Writes by anyone else find nothing and change nothing.
  expect(await respondToReferral(otherTherapistUser, dispatchId, "accept", "")).toEqual({ ok: false, reason: "not-found" });
  expect(await respondToReferral(clinician, dispatchId, "accept", "")).toEqual({ ok: false, reason: "not-found" });
  expect(await logTherapySession(otherTherapistUser, session(dispatchId))).toEqual({ ok: false, reason: "not-found" });
  expect(await recordOutcomeScores(otherTherapistUser, scores(dispatchId))).toEqual({ ok: false, reason: "not-found" });
  expect(await dischargeCourse(otherTherapistUser, dispatchId, "Discharged by someone else")).toEqual({ ok: false, reason: "not-found" });
  expect((await db.referralDispatch.findUniqueOrThrow({ where: { id: dispatchId } })).status).toBe("sent");
});

test("the course: accept, sessions (a retry records one), scores, an adverse event alerts the clinician, discharge", async () => {
  const { referralId, dispatchId } = await sentReferral();
  expect(await logTherapySession(therapistUser, session(dispatchId))).toMatchObject({
    ok: false,
    reason: "refused",
    message: "Accept the referral before logging a session.",
  });
  expect(await respondToReferral(therapistUser, dispatchId, "accept", "")).toEqual({ ok: true, data: { status: "accepted" } });
  expect(await respondToReferral(therapistUser, dispatchId, "decline", "changed my mind")).toMatchObject({ ok: false, reason: "refused" });

  const first = session(dispatchId);
  const logged = await logTherapySession(therapistUser, first);
  const retried = await logTherapySession(therapistUser, first);
  expect(logged).toMatchObject({ ok: true, data: { repeated: false } });
  expect(retried).toMatchObject({ ok: true, data: { repeated: true } });
  if (logged.ok && retried.ok) expect(retried.data.sessionId).toBe(logged.data.sessionId);
  expect(await db.therapySession.count({ where: { dispatchId } })).toBe(1);
  expect((await db.referralDispatch.findUniqueOrThrow({ where: { id: dispatchId } })).status).toBe("in_progress");

  const baseline = scores(dispatchId);
  await recordOutcomeScores(therapistUser, baseline);
  await recordOutcomeScores(therapistUser, baseline);
  expect(await db.outcomeScore.count({ where: { dispatchId } })).toBe(1);

  const alertsBefore = await countOpenAdverseAlerts(clinician);
  await logTherapySession(
    therapistUser,
    session(dispatchId, { adverseEvent: { severity: "mild", description: "Mild soreness next day" } }),
  );
  expect(await countOpenAdverseAlerts(clinician)).toBe(alertsBefore);
  const moderate = await logTherapySession(
    therapistUser,
    session(dispatchId, { sessionDate: "2026-12-08", adverseEvent: { severity: "moderate", description: "Bruising over the calf" } }),
  );
  expect(moderate).toMatchObject({ ok: true, data: { alerted: true } });
  expect(await countOpenAdverseAlerts(clinician)).toBe(alertsBefore + 1);
  expect(await countOpenAdverseAlerts(otherClinician)).toBe(0);
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "adverse-event" }, orderBy: { createdAt: "desc" } });
  expect(mail.text).toContain(`/referrals/${referralId}`);

  const event = await db.adverseEvent.findFirstOrThrow({ where: { dispatchId, severity: "moderate" } });
  expect(await acknowledgeAdverseEvent(otherClinician, event.id)).toBe(false);
  expect(await acknowledgeAdverseEvent(clinician, event.id)).toBe(true);
  expect(await countOpenAdverseAlerts(clinician)).toBe(alertsBefore);

  await recordOutcomeScores(
    therapistUser,
    scores(dispatchId, { timepoint: "final", recordedOn: "2026-12-15", pain: 3, pegPain: 3, pegEnjoyment: 2, pegActivity: 3, pgic: 2 }),
  );
  expect(await dischargeCourse(therapistUser, dispatchId, "Eight sessions given; pain down from 7 to 3.")).toEqual({
    ok: true,
    data: { status: "completed" },
  });
  expect(await logTherapySession(therapistUser, session(dispatchId))).toMatchObject({ ok: false, reason: "refused" });
  expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe("completed");

  const loop = await getReferralLoop(clinician, referralId);
  const d = loop?.dispatches[0];
  expect(d?.events.map((e) => e.toStatus)).toEqual(["sent", "accepted", "in_progress", "completed"]);
  expect(d?.sessions).toHaveLength(3);
  expect(d?.scores.map((s) => [s.timepoint, s.pain, s.pgic])).toEqual([
    ["first", 7, null],
    ["final", 3, 2],
  ]);
  expect(d?.adverseEvents.map((a) => a.severity)).toEqual(["mild", "moderate"]);
  expect(d?.dischargeNote).toBe("Eight sessions given; pain down from 7 to 3.");
});

test("a decline keeps its reason for the clinician, who may then send to someone else", async () => {
  const { referralId, dispatchId } = await sentReferral();
  expect(await respondToReferral(therapistUser, dispatchId, "decline", "Not taking patients in that area")).toEqual({
    ok: true,
    data: { status: "declined" },
  });
  const loop = await getReferralLoop(clinician, referralId);
  expect(loop?.dispatches[0]?.declineReason).toBe("Not taking patients in that area");
  expect(loop?.canSend).toBe(true);
  const ranked = await rankTherapistsForReferral(clinician, referralId);
  expect(ranked?.map((r) => r.therapist.id)).not.toContain(oncologyId);
  expect(await sendReferralToTherapist(clinician, referralId, otherId)).toMatchObject({ ok: true });
});
