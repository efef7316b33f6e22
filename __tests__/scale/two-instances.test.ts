/**
 * Two `next start` instances of one production build on one PostgreSQL database, driven over HTTP like a
 * load balancer would: whatever one instance learns (a session, a failed sign-in, an evidence edit, a
 * saved referral) the other must know at once, because nothing that matters lives in process memory.
 * Run through `bash scripts/with-test-postgres.sh npx jest --selectProjects scale` (TEST_DATABASE_URL).
 */
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { intakeInput } from "@/__tests__/support/intake-fixtures";
import { loadCurrentEvidence } from "@/lib/data/evidence-store";
import { recommendationToForm } from "@/lib/schemas/evidence-edit";
import { freePort, startInstance, type AppInstance } from "@/scripts/http/app-instance";
import { ensureBuild } from "@/scripts/ensure-build";
import {
  callAction,
  cookieHeader,
  findAction,
  hasSessionCookie,
  okData,
  signIn,
  type ActionRef,
  type Cookies,
} from "@/scripts/http/http-client";
import { createAccounts, createScratchDatabase, type ScratchDatabase, type TestAccount } from "@/scripts/scale/scratch-database";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";

const root = path.join(__dirname, "..", "..");
const PASSWORD = "two instances share everything 2026";
const MAX_FAILURES = 4;

let scratch: ScratchDatabase;
let a: AppInstance;
let b: AppInstance;
let clinicians: TestAccount[];
let admin: TestAccount;
const actions: Record<string, ActionRef> = {};

interface Card {
  conditionSlug: string;
  dose: { minutesPerSession: { min: number; max: number } | null };
}

beforeAll(async () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  if (!serverUrl.startsWith("postgres"))
    throw new Error("Run the scale project through scripts/with-test-postgres.sh (TEST_DATABASE_URL).");
  ensureBuild(root);
  for (const name of ["createReferralAction", "suggestReferralAction", "listReferralsAction", "saveRecommendationAction"]) {
    actions[name] = findAction(root, name);
  }
  scratch = await createScratchDatabase(serverUrl);
  clinicians = await createAccounts(scratch.db, 3, "CLINICIAN", PASSWORD);
  [admin] = (await createAccounts(scratch.db, 1, "ADMIN", PASSWORD)) as [TestAccount];
  // PostgreSQL starts with two-step sign-in required for admins; this test is about two instances, not it.
  await scratch.db.securitySetting.create({ data: { key: "two-step-policy", value: "optional" } });
  const shared = {
    ...process.env,
    DATABASE_URL: scratch.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_MAX_FAILURES_PER_ACCOUNT: String(MAX_FAILURES),
    // High enough that the per-account counter, not the loopback address's, is what locks.
    AUTH_MAX_FAILURES_PER_IP: "1000",
  };
  const [portA, portB] = [await freePort(), await freePort()];
  [a, b] = await Promise.all([
    startInstance({ name: "A", root, port: portA, env: { ...shared, NEXTAUTH_URL: `http://127.0.0.1:${portA}` } }),
    startInstance({ name: "B", root, port: portB, env: { ...shared, NEXTAUTH_URL: `http://127.0.0.1:${portB}` } }),
  ]);
}, 20 * 60_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await scratch?.drop();
}, 60_000);

const action = (name: string): ActionRef => {
  const ref = actions[name];
  if (!ref) throw new Error(`unknown action ${name}`);
  return ref;
};

async function listIds(on: AppInstance, jar: Cookies): Promise<string[]> {
  const page = okData<{ items: { id: string }[] }>(await callAction(on.base, action("listReferralsAction"), jar, [{}]));
  if (!page) throw new Error(`listing referrals on ${on.name} failed`);
  return page.items.map((i) => i.id);
}

async function kneeMinutes(on: AppInstance, jar: Cookies): Promise<number | undefined> {
  const data = okData<{ cards: Card[] }>(await callAction(on.base, action("suggestReferralAction"), jar, [intakeInput()]));
  return data?.cards.find((c) => c.conditionSlug === "knee-osteoarthritis")?.dose.minutesPerSession?.min;
}

/** Knee OA at the current evidence's own dose, so no change reason is needed. */
const saveInput = (idempotencyKey: string, minutesPerSession: number) => ({
  idempotencyKey,
  intake: intakeInput(),
  conditionSlug: "knee-osteoarthritis",
  finalDose: { minutesPerSession, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
  status: "final",
  suggestedFor: intakeFingerprint(intakeInput()),
});

test("a session signed in on A is accepted by B, and signing out on B ends it on A", async () => {
  const [clinician] = clinicians as [TestAccount];
  const jar = await signIn(a.base, clinician.email, clinician.password);
  expect(hasSessionCookie(jar)).toBe(true);
  expect(await listIds(b, jar)).toEqual([]);
  // Control: without the cookie B sends the caller to sign in.
  expect((await callAction(b.base, action("listReferralsAction"), new Map(), [{}])).redirect).toMatch(/^\/login/);

  const csrf = await fetch(`${b.base}/api/auth/csrf`, { headers: { cookie: cookieHeader(jar) } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const out = await fetch(`${b.base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  await out.arrayBuffer();
  // The replayed cookie (the jar still holds it) is refused by A: the revocation is in the database.
  expect((await callAction(a.base, action("listReferralsAction"), jar, [{}])).redirect).toMatch(/^\/login/);
}, 120_000);

test("failed sign-ins on A and B add up to one lockout", async () => {
  const [, clinician] = clinicians as [TestAccount, TestAccount];
  // Alternating A, B: each instance sees only half the failures, which is below the limit on its own.
  for (let i = 0; i < MAX_FAILURES; i++) {
    const jar = await signIn(i % 2 === 0 ? a.base : b.base, clinician.email, "not the password at all");
    expect(hasSessionCookie(jar)).toBe(false);
  }
  const row = await scratch.db.loginThrottle.findUnique({ where: { key: `account:${clinician.email}` } });
  expect(row?.failures).toBe(MAX_FAILURES);
  expect(hasSessionCookie(await signIn(a.base, clinician.email, clinician.password))).toBe(false);
  expect(hasSessionCookie(await signIn(b.base, clinician.email, clinician.password))).toBe(false);
  // Control: the third clinician, never failed, signs in on both.
  const [, , fresh] = clinicians as [TestAccount, TestAccount, TestAccount];
  expect(hasSessionCookie(await signIn(b.base, fresh.email, fresh.password))).toBe(true);
}, 120_000);

test("an evidence edit made through A is used by B's next suggestion", async () => {
  const [, , clinician] = clinicians as [TestAccount, TestAccount, TestAccount];
  const jar = await signIn(b.base, clinician.email, clinician.password);
  // B builds and caches its matcher for the current version first.
  expect(await kneeMinutes(b, jar)).toBe(60);

  const current = await loadCurrentEvidence(scratch.db);
  const rec = current?.content.recommendations.find((r) => r.id === "knee-osteoarthritis-dose");
  if (!current || !rec) throw new Error("seeded knee recommendation missing");
  const adminJar = await signIn(a.base, admin.email, admin.password);
  const edit = {
    baseVersionId: current.versionId,
    originalKey: rec.id,
    reason: "Two-instance test: shorter sessions",
    entity: { ...recommendationToForm(rec), minutesPerSession: "45" },
  };
  const page = { ...action("saveRecommendationAction"), page: `/admin/evidence/recommendations/${rec.id}` };
  const saved = await callAction(a.base, page, adminJar, [edit]);
  expect(okData(saved)).not.toBeNull();

  expect(await kneeMinutes(b, jar)).toBe(45);
  expect(await kneeMinutes(a, jar)).toBe(45);
}, 120_000);

test("a referral saved on A is listed on B, and its idempotency key is honoured by B", async () => {
  const [, , clinician] = clinicians as [TestAccount, TestAccount, TestAccount];
  const jar = await signIn(a.base, clinician.email, clinician.password);
  const key = randomUUID();
  const minutes = await kneeMinutes(a, jar);
  if (minutes === undefined) throw new Error("no knee suggestion");
  const onA = okData<{ id: string }>(await callAction(a.base, action("createReferralAction"), jar, [saveInput(key, minutes)]));
  expect(onA).not.toBeNull();
  expect(await listIds(b, jar)).toContain(onA?.id);

  const repeatOnB = okData<{ id: string }>(await callAction(b.base, action("createReferralAction"), jar, [saveInput(key, minutes)]));
  expect(repeatOnB?.id).toBe(onA?.id);
  expect(await scratch.db.referral.count({ where: { idempotencyKey: key } })).toBe(1);
}, 120_000);
