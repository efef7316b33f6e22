import { authorizeCredentials } from "@/lib/auth/authorize";
import { getCurrentUser, requireAdmin, requireClinician, requirePendingSignIn, requireUser } from "@/lib/auth/current-user";
import { confirmTwoStepAction } from "@/lib/actions/confirm-two-step";
import { newRecoveryCodesAction } from "@/lib/actions/new-recovery-codes";
import { verifySecondFactorAction } from "@/lib/actions/verify-second-factor";
import { pendingTotpSecret } from "@/lib/data/two-step";
import { db } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";
import { issueSessionCookie } from "../support/session-cookie";
import { navigationErrorOf, signInAs } from "../support/sign-in-as";
import { codeFor, enrolledUser, setPolicyForTest } from "../support/two-step";

// Issue 19, "Must add: multi-factor sign-in": enrolment, the code after the password, one-time codes
// and recovery codes, and the rate limit on codes; all on a real database through the real actions.
jest.setTimeout(60_000);

/** Password sign-in as the login form does it, making the following calls carry that session's cookie. */
async function passwordSignIn(email: string) {
  const session = await authorizeCredentials(
    { email, password: TEST_PASSWORD },
    "10.19.1.1",
    "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0",
  );
  if (!session) throw new Error("password refused");
  await issueSessionCookie(session);
  actAs(session);
  return session;
}

beforeEach(() => setPolicyForTest("optional"));

describe("enrolment", () => {
  test("confirming needs a right code and the password; recovery codes are shown once and stored only hashed", async () => {
    const user = await createTestUser();
    await signInAs(user);
    const secret = await pendingTotpSecret(user.id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await pendingTotpSecret(user.id)).toBe(secret); // a reload shows the same QR code

    expect(await confirmTwoStepAction({ code: await codeFor(secret ?? ""), password: "not the password" })).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await confirmTwoStepAction({ code: "000000", password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.any(String)] },
    });
    expect((await db.twoStepTotp.findUniqueOrThrow({ where: { userId: user.id } })).confirmedAt).toBeNull();

    const result = await confirmTwoStepAction({ code: await codeFor(secret ?? ""), password: TEST_PASSWORD });
    if (!result.ok) throw new Error(result.error);
    const codes = result.data.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
    const stored = await db.twoStepRecoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    const storedText = JSON.stringify(stored);
    for (const code of codes) expect(storedText).not.toContain(code.replace(/-/g, ""));
    for (const code of codes) expect(storedText).not.toContain(code);
    expect(await db.auditEvent.count({ where: { userId: user.id, action: "auth.two-step-enrol", outcome: "success" } })).toBe(1);
    // Once confirmed, the secret is never handed out again (an admin reset is needed to replace it).
    expect(await pendingTotpSecret(user.id)).toBeNull();
  });
});

describe("signing in with two-step sign-in on", () => {
  test("after the password the session opens nothing but the code page; the right code completes it", async () => {
    const { user, secret } = await enrolledUser();
    const session = await passwordSignIn(user.email);
    expect(session.secondFactorPending).toBe(true);
    expect(await getCurrentUser()).toBeNull();
    expect(await navigationErrorOf(() => requireUser())).toBe("redirect:/login/two-step");
    expect(await navigationErrorOf(() => requireClinician())).toBe("redirect:/login/two-step");
    await expect(requirePendingSignIn()).resolves.toMatchObject({ sessionId: session.sessionId });

    // The enrolment used this step's code: the same code cannot sign in (replay), the next one can.
    expect(await verifySecondFactorAction({ code: await codeFor(secret) })).toMatchObject({ ok: false });
    expect(await verifySecondFactorAction({ code: await codeFor(secret, 1) })).toEqual({ ok: true, data: { usedRecoveryCode: false } });
    await expect(requireClinician()).resolves.toMatchObject({ id: user.id });
    expect(await navigationErrorOf(() => requirePendingSignIn())).toBe("redirect:/");
    expect(
      await db.auditEvent.count({ where: { userId: user.id, action: "auth.second-factor", outcome: "success", detail: "totp" } }),
    ).toBe(1);
  });

  test("a code is accepted once: replaying it in another browser is refused", async () => {
    const { user, secret } = await enrolledUser();
    await passwordSignIn(user.email);
    const code = await codeFor(secret, 1);
    expect(await verifySecondFactorAction({ code })).toMatchObject({ ok: true });
    await passwordSignIn(user.email);
    expect(await verifySecondFactorAction({ code })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringMatching(/already used/)] },
    });
    expect(await getCurrentUser()).toBeNull();
  });

  test("two requests racing with the same code: exactly one passes", async () => {
    const { user, secret } = await enrolledUser();
    const a = await passwordSignIn(user.email);
    const b = await passwordSignIn(user.email);
    const code = await codeFor(secret, 1);
    actAs(a);
    const first = verifySecondFactorAction({ code });
    actAs(b);
    const second = verifySecondFactorAction({ code });
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  test("a recovery code signs in once, then never again", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const [code] = recoveryCodes as [string];
    await passwordSignIn(user.email);
    expect(await verifySecondFactorAction({ code: ` ${code.toUpperCase()} ` })).toEqual({ ok: true, data: { usedRecoveryCode: true } });
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    await passwordSignIn(user.email);
    expect(await verifySecondFactorAction({ code })).toMatchObject({ ok: false });
    expect(await db.twoStepRecoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  test("wrong codes are rate-limited per account: after 5, even the right code is refused for the lockout", async () => {
    const { user, secret } = await enrolledUser();
    await passwordSignIn(user.email);
    for (let i = 0; i < 4; i++)
      expect(await verifySecondFactorAction({ code: "123456" })).toMatchObject({ ok: false, error: expect.stringMatching(/not right/) });
    expect(await verifySecondFactorAction({ code: "123456" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Too many wrong codes/),
    });
    // A new password sign-in does not reset the count: it is the account's, kept in the database.
    await passwordSignIn(user.email);
    expect(await verifySecondFactorAction({ code: await codeFor(secret, 1) })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Too many wrong codes/),
    });
    expect(await getCurrentUser()).toBeNull();
    expect(await db.auditEvent.count({ where: { userId: user.id, action: "auth.second-factor", outcome: "failure" } })).toBe(6);
  });

  test("the code must come within 10 minutes of the password", async () => {
    const { user } = await enrolledUser();
    const session = await passwordSignIn(user.email);
    await db.authSession.update({ where: { id: session.sessionId }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await navigationErrorOf(() => requirePendingSignIn())).toBe("redirect:/login");
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { resourceId: session.sessionId, action: "auth.second-factor-expired" } })).toBe(1);
  });

  test("new recovery codes need the password and end the old ones", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    expect(await newRecoveryCodesAction({ password: "wrong" })).toMatchObject({ ok: false });
    const result = await newRecoveryCodesAction({ password: TEST_PASSWORD });
    if (!result.ok) throw new Error(result.error);
    await passwordSignIn(user.email);
    expect(await verifySecondFactorAction({ code: recoveryCodes[0] ?? "" })).toMatchObject({ ok: false });
    expect(await verifySecondFactorAction({ code: result.data.recoveryCodes[0] ?? "" })).toMatchObject({ ok: true });
  });

  test("without two-step sign-in the password alone signs in (policy optional)", async () => {
    const user = await createTestUser();
    const session = await passwordSignIn(user.email);
    expect(session.secondFactorPending).toBe(false);
    await expect(requireClinician()).resolves.toMatchObject({ id: user.id });
  });

  test("an admin is asked for the code like everyone else", async () => {
    const { user } = await enrolledUser("ADMIN");
    await passwordSignIn(user.email);
    expect(await navigationErrorOf(() => requireAdmin())).toBe("redirect:/login/two-step");
  });
});
