/**
 * A therapist account with referrals in each loop state, for the action tables (authz, fuzz, sentinels):
 * built through the real data layer, so the rows are what the app writes.
 */
import { randomUUID } from "node:crypto";
import { sendReferralToTherapist } from "@/lib/data/referral-dispatch";
import { saveTherapist } from "@/lib/data/therapists";
import { logTherapySession, respondToReferral } from "@/lib/data/therapist-referrals";
import { ensureUser } from "@/lib/data/users-store";
import { db } from "@/lib/db/client";
import { logSessionSchema } from "@/lib/schemas/referral-loop";
import { therapistSchema } from "@/lib/schemas/therapist";
import { TEST_PASSWORD } from "./db-fixtures";
import { createReferralFixture } from "./referral-fixtures";

export interface LoopContext {
  therapistEmail: string;
  therapistId: string;
  dispatch: { sent: string; accepted: string; inProgress: string };
  adverseEventId: string;
  /** A final referral of the clinician, not yet sent (other table actions cancel the context's referral). */
  sendableReferralId: string;
}

export async function createLoopContext(clinician: { id: string; name: string }): Promise<LoopContext> {
  const email = `therapist-${randomUUID().slice(0, 8)}@clinic.test`;
  await ensureUser(db, { email, name: "Table Therapist", role: "THERAPIST", password: TEST_PASSWORD });
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
  const admin = { id: "fixture", role: "ADMIN" };
  const saved = await saveTherapist(
    admin,
    therapistSchema.parse({
      name: "Table Therapist",
      practice: "",
      address: "",
      phone: "",
      licence: "",
      email,
      training: [],
      languages: "",
    }),
  );
  if (!saved.ok) throw new Error("therapist fixture not saved");
  await db.therapist.update({ where: { id: saved.id }, data: { userId: user.id } });
  const viewer = { id: clinician.id, role: "CLINICIAN", name: clinician.name };
  const therapist = { id: user.id, role: "THERAPIST" };
  const send = async () => {
    const referral = await createReferralFixture(db, clinician.id, { status: "final" });
    const sent = await sendReferralToTherapist(viewer, referral.id, saved.id);
    if (!sent.ok) throw new Error(`fixture referral not sent: ${sent.reason}`);
    return sent.dispatchId;
  };
  const [sent, accepted, inProgress] = [await send(), await send(), await send()];
  await respondToReferral(therapist, accepted, "accept", "");
  await respondToReferral(therapist, inProgress, "accept", "");
  const logged = await logTherapySession(
    therapist,
    logSessionSchema.parse({
      dispatchId: inProgress,
      idempotencyKey: randomUUID(),
      sessionDate: "2026-12-01",
      minutes: 60,
      pressure: "moderate",
      tolerance: "fair",
      adverseEvent: { severity: "moderate", description: "Bruising" },
    }),
  );
  if (!logged.ok) throw new Error("fixture session not logged");
  const adverse = await db.adverseEvent.findFirstOrThrow({ where: { sessionId: logged.data.sessionId } });
  const sendable = await createReferralFixture(db, clinician.id, { status: "final" });
  return {
    therapistEmail: email,
    therapistId: saved.id,
    dispatch: { sent, accepted, inProgress },
    adverseEventId: adverse.id,
    sendableReferralId: sendable.id,
  };
}
