import { authOptions } from "@/lib/auth/auth-options";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { getCurrentUser, requireSessionUser, requireUser } from "@/lib/auth/current-user";
import { changePasswordAction } from "@/lib/actions/change-password";
import { endUserSessionsAction } from "@/lib/actions/end-user-sessions";
import { setUserActiveAction } from "@/lib/actions/set-user-active";
import { touchSessionAction } from "@/lib/actions/touch-session";
import { revokeAllSessions } from "@/lib/data/auth-sessions";
import { db } from "@/lib/db/client";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";
import { actAs, sleep } from "../support/act-as";
import { navigationErrorOf, signInAs } from "../support/sign-in-as";

// Properties 13-16 at the data level (the browser suite repeats 13 and 16 with real cookies).
jest.setTimeout(30_000);

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("idle timeout (property 13)", () => {
  test("a seconds-long idle limit from the environment: activity keeps the session, silence ends it", async () => {
    process.env.AUTH_IDLE_TIMEOUT_SECONDS = "2";
    const user = await createTestUser();
    const { sessionId } = await signInAs(user);
    // Requests every 0.8 s for 3 s (longer than the limit) keep it alive: activity is recorded often enough.
    for (let i = 0; i < 4; i++) {
      await sleep(800);
      expect(await getCurrentUser()).not.toBeNull();
    }
    await sleep(2300);
    expect(await getCurrentUser()).toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.idle-timeout", resourceId: sessionId } })).toBe(1);
  });

  test("the default limit is 30 minutes", async () => {
    const user = await createTestUser();
    const { sessionId } = await signInAs(user);
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 29 * 60_000) } });
    expect(await getCurrentUser()).not.toBeNull();
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await getCurrentUser()).toBeNull();
  });

  test('"Stay signed in" records activity on the caller\'s own session, and reports an ended one', async () => {
    const user = await createTestUser();
    const { sessionId } = await signInAs(user);
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 20 * 60_000) } });
    expect(await touchSessionAction()).toEqual({ ok: true, data: null });
    const row = await db.authSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(Date.now() - row.lastSeenAt.getTime()).toBeLessThan(5_000);
    await db.authSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    expect(await touchSessionAction()).toMatchObject({ ok: false, error: "signed-out" });
  });
});

describe("absolute lifetime (property 14)", () => {
  test("a session older than the lifetime ends even while active (default 12 h)", async () => {
    const user = await createTestUser();
    const { sessionId } = await signInAs(user);
    await db.authSession.update({ where: { id: sessionId }, data: { createdAt: new Date(Date.now() - 11.9 * 3600_000) } });
    expect(await getCurrentUser()).not.toBeNull();
    await db.authSession.update({ where: { id: sessionId }, data: { createdAt: new Date(Date.now() - 12.1 * 3600_000) } });
    expect(await getCurrentUser()).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.session-expired", resourceId: sessionId } })).toBe(1);
  });

  test("configurable in seconds: constant activity does not extend it", async () => {
    process.env.AUTH_ABSOLUTE_LIFETIME_SECONDS = "2";
    const user = await createTestUser();
    await signInAs(user);
    for (let i = 0; i < 3; i++) {
      await sleep(500);
      expect(await getCurrentUser()).not.toBeNull();
    }
    await sleep(800);
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("sign-out (property 15)", () => {
  test("signing out revokes the server session: the replayed cookie no longer works", async () => {
    const user = await createTestUser();
    const session = await signInAs(user);
    const signOut = authOptions().events?.signOut;
    if (!signOut) throw new Error("no signOut event handler");
    await signOut({ token: { sid: session.sessionId, uid: user.id }, session: null as never });
    // The mocked cookie still carries the old session id: a replay.
    expect(await getCurrentUser()).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.sign-out", resourceId: session.sessionId } })).toBe(1);
  });
});

describe("ending other sessions (property 16)", () => {
  test("a password change ends every other session of the user, and keeps the one in use", async () => {
    const user = await createTestUser();
    const laptop = await signInAs(user);
    const phone = await signInAs(user);
    actAs(laptop);
    const result = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(result.ok).toBe(true);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    actAs(phone);
    expect(await getCurrentUser()).toBeNull();
  });

  test("a token-version bump ends sessions even if a row was somehow not revoked", async () => {
    const user = await createTestUser();
    const session = await signInAs(user);
    await db.user.update({ where: { id: user.id }, data: { tokenVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt).toBeNull();
  });

  test('admin "End all sessions" and disabling end the user\'s sessions; a disabled user cannot sign in', async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const user = await createTestUser();
    const first = await signInAs(user);
    const adminSession = await signInAs(admin);
    expect((await endUserSessionsAction({ userId: user.id })).ok).toBe(true);
    actAs(first);
    expect(await getCurrentUser()).toBeNull();

    const second = await signInAs(user);
    actAs(adminSession);
    expect((await setUserActiveAction({ userId: user.id, active: false })).ok).toBe(true);
    actAs(second);
    expect(await getCurrentUser()).toBeNull();
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, "10.5.0.1")).toBeNull();
  });

  test("revokeAllSessions without an exception ends every session", async () => {
    const user = await createTestUser();
    const a = await signInAs(user);
    const b = await signInAs(user);
    await revokeAllSessions(user.id);
    for (const s of [a, b]) {
      actAs(s);
      expect(await getCurrentUser()).toBeNull();
    }
  });
});

describe("forced password change", () => {
  test("a user who must change their password is sent to the change page until they do", async () => {
    const user = await createTestUser();
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    await signInAs(user);
    expect(await navigationErrorOf(() => requireUser())).toBe("redirect:/change-password");
    await expect(requireSessionUser()).resolves.toMatchObject({ id: user.id });
    const result = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: "my own passphrase now",
      confirmPassword: "my own passphrase now",
    });
    expect(result.ok).toBe(true);
    await expect(requireUser()).resolves.toMatchObject({ id: user.id, mustChangePassword: false });
  });
});
