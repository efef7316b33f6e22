import { randomBytes, randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { acceptTherapistInvitationAction } from "@/lib/actions/accept-therapist-invitation";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { hashToken, sendReferralToTherapist } from "@/lib/data/referral-dispatch";
import { listReferralsForTherapist } from "@/lib/data/therapist-referrals";
import { saveTherapist } from "@/lib/data/therapists";
import { db } from "@/lib/db/client";
import { therapistSchema } from "@/lib/schemas/therapist";
import InvitationPage from "@/app/invite/[token]/page";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { signOutForTest } from "../support/sign-in-as";

// Issue 16 item 2 on a real database: the emailed link creates the THERAPIST account on first use, linked
// to the directory entry, with everyone's password policy; a used, expired or unknown link says so plainly.
jest.setTimeout(60_000);

const PASSPHRASE = "lantern orchard velvet 58";
type Viewer = { id: string; role: string; name: string };
let clinician: Viewer;

async function directoryEntry(email = `inv-${randomUUID().slice(0, 8)}@clinic.test`) {
  const saved = await saveTherapist(
    { id: "test-admin", role: "ADMIN" },
    therapistSchema.parse({ name: "Ivy Invited", practice: "", address: "", phone: "", licence: "", email, training: [], languages: "" }),
  );
  if (!saved.ok) throw new Error("entry not saved");
  return { id: saved.id, email };
}

async function invitation(therapistId: string, expiresInMs = 86_400_000) {
  const token = randomBytes(32).toString("base64url");
  await db.therapistInvitation.create({
    data: { therapistId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + expiresInMs), createdById: clinician.id },
  });
  return token;
}

const accept = (token: string, password = PASSPHRASE, confirmPassword = password) =>
  acceptTherapistInvitationAction({ token, password, confirmPassword });
const pageText = async (token: string) => renderToStaticMarkup(await InvitationPage({ params: Promise.resolve({ token }) }));
const auditsFor = (therapistId: string) =>
  db.auditEvent.findMany({
    where: { resourceId: therapistId, action: "therapist.invitation-accept" },
    select: { outcome: true, userId: true, detail: true },
  });

beforeAll(async () => {
  await seedEvidenceForTest();
  const c = await createTestUser({ role: "CLINICIAN" });
  clinician = { id: c.id, role: c.role, name: c.name };
});
beforeEach(() => signOutForTest());

test("the link in the outbox message creates the THERAPIST account, linked to the entry, who then sees the referral", async () => {
  const entry = await directoryEntry();
  const referral = await createReferralFixture(db, clinician.id, { status: "final" });
  const sent = await sendReferralToTherapist(clinician, referral.id, entry.id);
  expect(sent).toMatchObject({ ok: true, invited: true });
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: entry.email, kind: "therapist-invitation" } });
  const token = /\/invite\/([A-Za-z0-9_-]{43})\b/.exec(mail.text)?.[1];
  if (!token) throw new Error("no invitation link in the message");

  // Everyone's password policy: too short (the shared schema), then guessable (the blocklist check).
  expect(await accept(token, "short")).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/at least 8/)] } });
  expect(await accept(token, "password123")).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
  expect(await accept(token, PASSPHRASE, "something else")).toMatchObject({
    ok: false,
    fieldErrors: { confirmPassword: ["The two passwords differ"] },
  });
  expect(await db.user.findUnique({ where: { email: entry.email } })).toBeNull();

  expect(await accept(token)).toEqual({ ok: true, data: { email: entry.email } });
  const user = await db.user.findUniqueOrThrow({ where: { email: entry.email } });
  expect(user).toMatchObject({ role: "THERAPIST", name: "Ivy Invited", mustChangePassword: false, active: true });
  expect((await db.therapist.findUniqueOrThrow({ where: { id: entry.id } })).userId).toBe(user.id);
  expect(await authorizeCredentials({ email: entry.email, password: PASSPHRASE }, "10.9.0.1")).not.toBeNull();
  expect((await listReferralsForTherapist({ id: user.id, role: "THERAPIST" })).map((r) => r.dispatchId)).toEqual([
    sent.ok ? sent.dispatchId : "",
  ]);
  expect(await auditsFor(entry.id)).toEqual([{ outcome: "success", userId: user.id, detail: null }]);
  // Only the hash is stored: the token itself is in no table.
  expect(JSON.stringify(await db.therapistInvitation.findMany())).not.toContain(token);
});

test("a used link says so, plainly, and creates nothing more (nor does a second link sent to the same therapist)", async () => {
  const entry = await directoryEntry();
  const [first, second] = [await invitation(entry.id), await invitation(entry.id)];
  expect((await accept(first)).ok).toBe(true);
  const again = await accept(first, "another fine passphrase 9");
  expect(again).toEqual({ ok: false, error: expect.stringMatching(/already been used/) });
  expect(await accept(second, "another fine passphrase 9")).toEqual({ ok: false, error: expect.stringMatching(/already been used/) });
  expect(await db.user.count({ where: { email: entry.email } })).toBe(1);
  expect(await authorizeCredentials({ email: entry.email, password: "another fine passphrase 9" }, "10.9.0.2")).toBeNull();
  expect(await pageText(first)).toMatch(/already been used/);
  expect((await auditsFor(entry.id)).map((a) => a.detail)).toEqual([null, "refused=used", "refused=used"]);
});

test("an expired link says it expired and makes no account", async () => {
  const entry = await directoryEntry();
  const token = await invitation(entry.id, -60_000);
  expect(await accept(token)).toEqual({ ok: false, error: expect.stringMatching(/has expired/) });
  expect(await db.user.findUnique({ where: { email: entry.email } })).toBeNull();
  expect(await pageText(token)).toMatch(/has expired/);
});

test("an unknown or malformed link says it is not valid, names nobody and writes nothing (not even the audit log)", async () => {
  const before = await db.auditEvent.count();
  const users = await db.user.count();
  for (const token of [randomBytes(32).toString("base64url"), "not-a-token", "%00", "x".repeat(5000)]) {
    expect(await accept(token)).toEqual({ ok: false, error: expect.stringMatching(/not valid/) });
    const html = await pageText(token);
    expect(html).toMatch(/not valid/);
    expect(html).not.toMatch(/@/);
  }
  expect(await db.auditEvent.count()).toBe(before);
  expect(await db.user.count()).toBe(users);
});

test("two submits of the same link at once make one account", async () => {
  const entry = await directoryEntry();
  const token = await invitation(entry.id);
  const results = await Promise.all([accept(token), accept(token)]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(await db.user.count({ where: { email: entry.email } })).toBe(1);
});

test("an address that already has an account (a clinician's) is not taken over by an invitation", async () => {
  const existing = await createTestUser({ role: "CLINICIAN" });
  const entry = await directoryEntry(existing.email);
  const token = await invitation(entry.id);
  expect(await accept(token)).toEqual({ ok: false, error: expect.stringMatching(/cannot be used/) });
  expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).role).toBe("CLINICIAN");
  expect((await db.therapist.findUniqueOrThrow({ where: { id: entry.id } })).userId).toBeNull();
});
