import { authorizeCredentials } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";

describe("authorizeCredentials (real database)", () => {
  test("accepts the right password and opens a server-side session", async () => {
    const user = await createTestUser();
    const result = await authorizeCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, "10.0.0.1");
    expect(result).toMatchObject({ id: user.id, role: "CLINICIAN" });
    const session = await db.authSession.findUniqueOrThrow({ where: { id: result!.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.revokedAt).toBeNull();
  });

  test("a wrong password and an unknown email give the same result, and both are audited", async () => {
    const user = await createTestUser();
    const wrong = await authorizeCredentials({ email: user.email, password: "not the password" }, "10.0.0.2");
    const unknown = await authorizeCredentials({ email: "nobody@clinic.test", password: TEST_PASSWORD }, "10.0.0.2");
    expect(wrong).toBeNull();
    expect(unknown).toBeNull();
    const failures = await db.auditEvent.findMany({ where: { action: "auth.sign-in", outcome: "failure" } });
    expect(failures).toHaveLength(2);
    expect(JSON.stringify(failures)).not.toContain("not the password");
  });

  test("a disabled account is refused even with the right password", async () => {
    const user = await createTestUser({ active: false });
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, "10.0.0.3")).toBeNull();
  });

  test("malformed input is refused without throwing", async () => {
    expect(await authorizeCredentials({ email: 42 }, "10.0.0.4")).toBeNull();
    expect(await authorizeCredentials(undefined, "10.0.0.4")).toBeNull();
  });
});
