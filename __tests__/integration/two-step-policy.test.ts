import OpenByShortCodePage from "@/app/r/[code]/page";
import { getCurrentUser, requireAdmin, requireClinician, requireTherapist, requireUser } from "@/lib/auth/current-user";
import { confirmTwoStepAction } from "@/lib/actions/confirm-two-step";
import { resetUserTwoStepAction } from "@/lib/actions/reset-user-two-step";
import { setTwoStepPolicyAction } from "@/lib/actions/set-two-step-policy";
import { verifySecondFactorAction } from "@/lib/actions/verify-second-factor";
import { getTwoStepPolicy, pendingTotpSecret } from "@/lib/data/two-step";
import { currentDatabaseProvider } from "@/lib/db/database-url";
import { db } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";
import { navigationErrorOf, signInAs } from "../support/sign-in-as";
import { codeFor, setPolicyForTest } from "../support/two-step";

// Issue 19: the admins' policy (optional / required for admins / required for everyone), enforced on the
// server for every role, and the admin's reset of someone's two-step sign-in.
jest.setTimeout(60_000);

async function therapist() {
  // The THERAPIST role (issue 16) is a stored role string; the policy must cover it without code changes.
  const user = await createTestUser();
  return db.user.update({ where: { id: user.id }, data: { role: "THERAPIST" } });
}

async function enrol(user: { id: string; email: string }) {
  await signInAs(user);
  const secret = (await pendingTotpSecret(user.id)) ?? "";
  const result = await confirmTwoStepAction({ code: await codeFor(secret), password: TEST_PASSWORD });
  if (!result.ok) throw new Error(result.error);
  return secret;
}

describe("two-step policy", () => {
  test("with nothing stored it starts 'required for admins' on PostgreSQL and optional on the embedded database", async () => {
    await setPolicyForTest(null);
    expect(await getTwoStepPolicy()).toBe(currentDatabaseProvider() === "postgresql" ? "admins" : "optional");
    const admin = await createTestUser({ role: "ADMIN" });
    await signInAs(admin);
    if (currentDatabaseProvider() === "postgresql") expect(await navigationErrorOf(() => requireAdmin())).toBe("redirect:/two-step/setup");
    else await expect(requireAdmin()).resolves.toMatchObject({ id: admin.id });
  });

  test("'admins': an admin without an authenticator reaches only the setup page; clinicians and therapists are not made to", async () => {
    await setPolicyForTest("admins");
    const admin = await createTestUser({ role: "ADMIN" });
    await signInAs(admin);
    expect(await navigationErrorOf(() => requireAdmin())).toBe("redirect:/two-step/setup");
    expect(await navigationErrorOf(() => requireUser())).toBe("redirect:/two-step/setup");
    expect(await getCurrentUser()).toMatchObject({ mustEnrolTwoStep: true });
    // Admin actions are refused too, not only pages.
    expect(await navigationErrorOf(() => setTwoStepPolicyAction({ policy: "optional", adminPassword: TEST_PASSWORD }))).toBe(
      "redirect:/two-step/setup",
    );

    const clinician = await createTestUser();
    await signInAs(clinician);
    await expect(requireClinician()).resolves.toMatchObject({ id: clinician.id });
    await signInAs(await therapist());
    // The session carries the stored role: a therapist is a therapist, not folded into "CLINICIAN".
    await expect(requireTherapist()).resolves.toMatchObject({ role: "THERAPIST", mustEnrolTwoStep: false });
    expect(await navigationErrorOf(() => requireClinician())).toMatch(/404/);
  });

  test("'everyone': clinicians and therapists must enrol too; once enrolled they sign in with password and code", async () => {
    await setPolicyForTest("everyone");
    const clinician = await createTestUser();
    await signInAs(clinician);
    expect(await navigationErrorOf(() => requireClinician())).toBe("redirect:/two-step/setup");
    // A printed sheet's short code opens nothing either (checked before the code is even looked up).
    expect(await navigationErrorOf(() => OpenByShortCodePage({ params: Promise.resolve({ code: "ABCD-EFGH" }) }))).toBe(
      "redirect:/two-step/setup",
    );
    expect(await db.auditEvent.count({ where: { userId: clinician.id, action: "referral.short-code-open" } })).toBe(0);
    const t = await therapist();
    await signInAs(t);
    expect(await navigationErrorOf(() => requireUser())).toBe("redirect:/two-step/setup");
    expect(await navigationErrorOf(() => requireTherapist())).toBe("redirect:/two-step/setup");

    const secret = await enrol(t);
    await expect(requireTherapist()).resolves.toMatchObject({ id: t.id, role: "THERAPIST" });
    const session = await signInAs(t);
    expect(session.secondFactorPending).toBe(true);
    expect(await navigationErrorOf(() => requireUser())).toBe("redirect:/login/two-step");
    expect(await navigationErrorOf(() => requireTherapist())).toBe("redirect:/login/two-step");
    expect(await verifySecondFactorAction({ code: await codeFor(secret, 1) })).toMatchObject({ ok: true });
    await expect(requireTherapist()).resolves.toMatchObject({ id: t.id, role: "THERAPIST" });
  });

  test("an unknown stored value is the strictest policy, never off", async () => {
    await setPolicyForTest(null);
    await db.securitySetting.create({ data: { key: "two-step-policy", value: "ADMINS " } });
    expect(await getTwoStepPolicy()).toBe("everyone");
  });

  test("only an admin sets it, with their own password again; audited with both values", async () => {
    await setPolicyForTest("optional");
    const clinician = await createTestUser();
    await signInAs(clinician);
    expect(await navigationErrorOf(() => setTwoStepPolicyAction({ policy: "optional", adminPassword: TEST_PASSWORD }))).toMatch(/404/);

    const admin = await createTestUser({ role: "ADMIN" });
    await signInAs(admin);
    expect(await setTwoStepPolicyAction({ policy: "everyone", adminPassword: "wrong" })).toMatchObject({
      ok: false,
      fieldErrors: { adminPassword: [expect.any(String)] },
    });
    expect(await setTwoStepPolicyAction({ policy: "sometimes", adminPassword: TEST_PASSWORD })).toMatchObject({
      ok: false,
      fieldErrors: { policy: [expect.any(String)] },
    });
    expect(await getTwoStepPolicy()).toBe("optional");
    expect(await setTwoStepPolicyAction({ policy: "admins", adminPassword: TEST_PASSWORD })).toEqual({ ok: true, data: null });
    expect(await getTwoStepPolicy()).toBe("admins");
    expect(
      await db.auditEvent.findFirst({ where: { userId: admin.id, action: "security.two-step-policy", outcome: "success" } }),
    ).toMatchObject({ detail: "from=optional to=admins" });
    // The admin who just required it is now sent to set it up too.
    expect(await navigationErrorOf(() => requireAdmin())).toBe("redirect:/two-step/setup");
  });
});

describe("admin reset of someone's two-step sign-in", () => {
  beforeEach(() => setPolicyForTest("optional"));

  test("needs the admin's password, never applies to oneself, removes the authenticator, ends their sessions, is audited", async () => {
    await setPolicyForTest("optional");
    const person = await createTestUser();
    await enrol(person);
    const theirSession = await signInAs(person);
    const admin = await createTestUser({ role: "ADMIN" });
    const adminSession = await signInAs(admin);

    expect(await resetUserTwoStepAction({ userId: person.id, adminPassword: "not mine" })).toMatchObject({
      ok: false,
      fieldErrors: { adminPassword: [expect.any(String)] },
    });
    expect(await db.twoStepTotp.count({ where: { userId: person.id } })).toBe(1);

    await enrol(admin);
    actAs(adminSession);
    expect(await resetUserTwoStepAction({ userId: admin.id, adminPassword: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/your own/),
    });
    expect(await db.twoStepTotp.count({ where: { userId: admin.id } })).toBe(1);

    expect(await resetUserTwoStepAction({ userId: person.id, adminPassword: TEST_PASSWORD })).toEqual({ ok: true, data: null });
    expect(await db.twoStepTotp.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.twoStepRecoveryCode.count({ where: { userId: person.id } })).toBe(0);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: theirSession.sessionId } })).revokedAt).not.toBeNull();
    const outcomes = await db.auditEvent.findMany({
      where: { userId: admin.id, action: "user.two-step-reset" },
      orderBy: { id: "asc" },
      select: { outcome: true, detail: true, resourceId: true },
    });
    expect(outcomes).toEqual([
      { outcome: "failure", detail: "reauth-bad-password", resourceId: person.id },
      { outcome: "denied", detail: "self-reset", resourceId: admin.id },
      { outcome: "success", detail: "removed", resourceId: person.id },
    ]);
    // Signing in now needs no code; with the policy requiring it they are sent to set it up again.
    await setPolicyForTest("everyone");
    expect((await signInAs(person)).secondFactorPending).toBe(false);
    expect(await navigationErrorOf(() => requireClinician())).toBe("redirect:/two-step/setup");
  });

  test("a clinician cannot call it", async () => {
    const clinician = await createTestUser();
    const other = await createTestUser();
    await signInAs(clinician);
    expect(await navigationErrorOf(() => resetUserTwoStepAction({ userId: other.id, adminPassword: TEST_PASSWORD }))).toMatch(/404/);
  });
});
