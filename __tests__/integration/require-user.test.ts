import { getCurrentUser, requireAdmin, requireClinician } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { createTestUser } from "../support/db-fixtures";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

describe("requireClinician / requireAdmin", () => {
  test("without a session: redirect to /login", async () => {
    signOutForTest();
    expect(await navigationErrorOf(() => requireClinician())).toBe("redirect:/login");
  });

  test("a clinician passes requireClinician and gets a 404 from requireAdmin (audited)", async () => {
    const user = await createTestUser();
    await signInAs(user);
    await expect(requireClinician()).resolves.toMatchObject({ id: user.id });
    expect(await navigationErrorOf(() => requireAdmin())).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await db.auditEvent.count({ where: { userId: user.id, action: "access.denied" } })).toBe(1);
  });

  test("a revoked session is no longer accepted", async () => {
    const user = await createTestUser();
    const { sessionId } = await signInAs(user);
    await db.authSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });

  test("an idle session is ended", async () => {
    const user = await createTestUser();
    const { sessionId } = await signInAs(user);
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await getCurrentUser()).toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
  });
});
