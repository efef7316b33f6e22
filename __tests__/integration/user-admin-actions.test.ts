import { authorizeCredentials } from "@/lib/auth/authorize";
import { createUserAction } from "@/lib/actions/create-user";
import { endUserSessionsAction } from "@/lib/actions/end-user-sessions";
import { resetUserPasswordAction } from "@/lib/actions/reset-user-password";
import { setUserActiveAction } from "@/lib/actions/set-user-active";
import { getUser, listUsers } from "@/lib/data/users";
import { db } from "@/lib/db/client";
import UsersPage from "@/app/(app)/admin/users/page";
import AuditLogPage from "@/app/(app)/admin/audit/page";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";
import { actAs } from "../support/act-as";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

// The data layer checks the viewer's role itself (data-viewer.test.ts); reads here are an admin's.
const ADMIN_VIEWER = { id: "test-admin-viewer", role: "ADMIN" };

// Accounts (issue 7 item 2), property 20 (mass assignment) and the account part of 22 (audited, no secrets).
jest.setTimeout(30_000);

const NEW_PASSWORD = "initial passphrase for ann";
const newClinician = (extra: Record<string, unknown> = {}) => ({
  name: "Ann Example",
  credentials: "MD",
  email: "Ann.Example@Clinic.test",
  role: "CLINICIAN",
  clinicName: "North Clinic",
  phone: "555-0100",
  password: NEW_PASSWORD,
  ...extra,
});

async function signInAdmin() {
  const admin = await createTestUser({ role: "ADMIN" });
  return { admin, session: await signInAs(admin) };
}

describe("admin account actions", () => {
  test("anonymous callers are sent to sign in; clinicians get a 404 and nothing changes (audited)", async () => {
    signOutForTest();
    expect(await navigationErrorOf(() => createUserAction(newClinician()))).toBe("redirect:/login");
    const clinician = await createTestUser();
    await signInAs(clinician);
    for (const call of [
      () => createUserAction(newClinician()),
      () => resetUserPasswordAction({ userId: clinician.id, password: "another passphrase" }),
      () => setUserActiveAction({ userId: clinician.id, active: false }),
      () => endUserSessionsAction({ userId: clinician.id }),
      () => UsersPage(),
      () => AuditLogPage({ searchParams: Promise.resolve({}) }),
    ]) {
      expect(await navigationErrorOf(call)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    expect(await db.user.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { userId: clinician.id, action: "access.denied" } })).toBe(6);
  });

  test("an admin creates a clinician who must change the initial password; extra fields are ignored (property 20)", async () => {
    const { admin } = await signInAdmin();
    const result = await createUserAction(
      newClinician({
        id: "chosen-id",
        active: false,
        mustChangePassword: false,
        tokenVersion: 99,
        passwordHash: "x",
        role: "CLINICIAN",
        createdAt: "2000-01-01",
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.data.id).not.toBe("chosen-id");
    const created = await db.user.findUniqueOrThrow({ where: { id: result.data.id }, omit: { passwordHash: false } });
    expect(created).toMatchObject({
      email: "ann.example@clinic.test",
      role: "CLINICIAN",
      active: true,
      mustChangePassword: true,
      tokenVersion: 0,
      clinicName: "North Clinic",
    });
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authorizeCredentials({ email: "ann.example@clinic.test", password: NEW_PASSWORD }, "10.6.0.1")).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.create" } });
    expect(audit).toMatchObject({ userId: admin.id, resourceType: "user", resourceId: created.id, outcome: "success" });
  });

  test("an admin can create another admin", async () => {
    await signInAdmin();
    const result = await createUserAction(newClinician({ role: "ADMIN", email: "second-admin@clinic.test" }));
    if (!result.ok) throw new Error(result.error);
    expect((await getUser(ADMIN_VIEWER, result.data.id))?.role).toBe("ADMIN");
  });

  test("validation: common password, bad email, duplicate email, unknown role come back as field errors", async () => {
    const { admin } = await signInAdmin();
    expect(await createUserAction(newClinician({ password: "password123" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/common/)] },
    });
    expect(await createUserAction(newClinician({ email: "not-an-email" }))).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(Array) },
    });
    expect(await createUserAction(newClinician({ role: "SUPERUSER" }))).toMatchObject({
      ok: false,
      fieldErrors: { role: expect.any(Array) },
    });
    expect(await createUserAction(newClinician({ email: admin.email }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/already exists/)] },
    });
    expect(await createUserAction("garbage")).toMatchObject({ ok: false });
  });

  test("reset password: old password stops working, sessions end, change forced at next sign-in", async () => {
    const user = await createTestUser();
    const userSession = await signInAs(user);
    const { admin } = await signInAdmin();
    expect(await resetUserPasswordAction({ userId: user.id, password: "temporary passphrase 1" })).toEqual({ ok: true, data: null });
    expect(await db.authSession.count({ where: { id: userSession.sessionId, revokedAt: null } })).toBe(0);
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, "10.6.0.2")).toBeNull();
    expect(await authorizeCredentials({ email: user.email, password: "temporary passphrase 1" }, "10.6.0.3")).not.toBeNull();
    expect((await getUser(ADMIN_VIEWER, user.id))?.mustChangePassword).toBe(true);
    expect(await db.auditEvent.count({ where: { userId: admin.id, action: "user.password-reset", resourceId: user.id } })).toBe(1);
  });

  test("disable and enable; an admin cannot disable themselves", async () => {
    const user = await createTestUser();
    const { admin } = await signInAdmin();
    expect(await setUserActiveAction({ userId: admin.id, active: false })).toMatchObject({ ok: false });
    expect((await setUserActiveAction({ userId: user.id, active: false })).ok).toBe(true);
    expect((await getUser(ADMIN_VIEWER, user.id))?.active).toBe(false);
    expect((await setUserActiveAction({ userId: user.id, active: true })).ok).toBe(true);
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, "10.6.0.4")).not.toBeNull();
    const actions = (await db.auditEvent.findMany({ where: { userId: admin.id, resourceId: user.id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["user.disable", "user.enable"]);
  });

  test("an admin ending their own sessions keeps the one in use", async () => {
    const { admin, session } = await signInAdmin();
    const other = await signInAs(admin);
    actAs(session);
    expect((await endUserSessionsAction({ userId: admin.id })).ok).toBe(true);
    expect(await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({ revokedAt: null });
    expect((await db.authSession.findUniqueOrThrow({ where: { id: other.sessionId } })).revokedAt).not.toBeNull();
  });

  test("unknown user ids are a plain failure", async () => {
    await signInAdmin();
    expect(await endUserSessionsAction({ userId: "no-such-user" })).toMatchObject({ ok: false });
    expect(await resetUserPasswordAction({ userId: "no-such-user", password: "temporary passphrase 2" })).toMatchObject({ ok: false });
  });

  test("account data never carries password hashes; audit rows carry no passwords, names or emails (property 22)", async () => {
    await signInAdmin();
    const created = await createUserAction(newClinician({ email: "ann.example-2@clinic.test" }));
    if (!created.ok) throw new Error(created.error);
    await resetUserPasswordAction({ userId: created.data.id, password: "temporary passphrase 3" });
    const listed = JSON.stringify(await listUsers(ADMIN_VIEWER));
    expect(listed).not.toMatch(/argon2|passwordHash/);
    const audit = JSON.stringify(await db.auditEvent.findMany());
    for (const secret of [NEW_PASSWORD, "temporary passphrase 3", "Ann Example", "ann.example", "555-0100", "$argon2"]) {
      expect(audit).not.toContain(secret);
    }
  });
});
