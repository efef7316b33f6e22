import { authorizeCredentials } from "@/lib/auth/authorize";
import { changePasswordAction } from "@/lib/actions/change-password";
import { db } from "@/lib/db/client";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

// A user's own password change: current password required, policy applied, other sessions end (16),
// no way to name another account (20), audited without the passwords (22).
jest.setTimeout(30_000);

const change = (newPassword: string, extra: Record<string, unknown> = {}, currentPassword = TEST_PASSWORD) =>
  changePasswordAction({ currentPassword, newPassword, confirmPassword: newPassword, ...extra });

describe("changePasswordAction", () => {
  test("requires a session", async () => {
    signOutForTest();
    expect(await navigationErrorOf(() => change("a fresh passphrase"))).toBe("redirect:/login");
  });

  test("a wrong current password is a field error, is audited, and changes nothing", async () => {
    const user = await createTestUser();
    await signInAs(user);
    const result = await change("a fresh passphrase", {}, "not my password");
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: expect.any(Array) } });
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, "10.7.0.1")).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.password-change" } });
    expect(audit).toMatchObject({ userId: user.id, outcome: "failure", detail: "bad-password" });
  });

  test("wrong current-password guesses count towards the account lockout", async () => {
    const user = await createTestUser();
    await signInAs(user);
    for (let i = 0; i < 5; i++) await change("a fresh passphrase", {}, `guess ${i}`);
    // Locked now: even the right current password is refused.
    expect(await change("a fresh passphrase")).toMatchObject({ ok: false, fieldErrors: { currentPassword: expect.any(Array) } });
  });

  test("policy: common passwords, the user's own email, mismatched confirmation are refused", async () => {
    const user = await createTestUser();
    await signInAs(user);
    expect(await change("iloveyou123")).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.any(Array) } });
    expect(await change(user.email.toUpperCase())).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.any(Array) } });
    expect(await change("a fresh passphrase", { confirmPassword: "something else" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: expect.any(Array) },
    });
  });

  test("success: the new password works, the old one no longer does; audited without either", async () => {
    const user = await createTestUser();
    await signInAs(user);
    expect(await change("a fresh passphrase")).toEqual({ ok: true, data: null });
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, "10.7.0.2")).toBeNull();
    expect(await authorizeCredentials({ email: user.email, password: "a fresh passphrase" }, "10.7.0.3")).not.toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mustChangePassword).toBe(false);
    const audit = JSON.stringify(await db.auditEvent.findMany({ where: { action: "user.password-change" } }));
    expect(audit).toContain('"outcome":"success"');
    expect(audit).not.toContain("a fresh passphrase");
    expect(audit).not.toContain(TEST_PASSWORD);
  });

  test("extra fields naming another account are ignored (property 20)", async () => {
    const victim = await createTestUser();
    const user = await createTestUser();
    await signInAs(user);
    expect((await change("a passphrase of mine", { userId: victim.id, id: victim.id, email: victim.email })).ok).toBe(true);
    expect(await authorizeCredentials({ email: victim.email, password: TEST_PASSWORD }, "10.7.0.4")).not.toBeNull();
    expect(await authorizeCredentials({ email: user.email, password: "a passphrase of mine" }, "10.7.0.5")).not.toBeNull();
  });
});
