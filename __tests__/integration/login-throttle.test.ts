import { authorizeCredentials } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";
import { sleep } from "../support/act-as";

// Property 8 [ASVS 6.3.1]: brute force is throttled per account and per IP, and the right password is
// refused while locked.
jest.setTimeout(60_000);

const attempt = (email: string, password: string, ip: string) => authorizeCredentials({ email, password }, ip);

describe("sign-in throttling (property 8)", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test("20 bad passwords for one account, then the right one is refused while locked, from any IP", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 20; i++) expect(await attempt(user.email, `wrong guess ${i}`, `10.1.0.${i}`)).toBeNull();
    expect(await attempt(user.email, TEST_PASSWORD, "10.1.1.1")).toBeNull();
    const lastFailure = await db.auditEvent.findFirst({ where: { userId: user.id, action: "auth.sign-in" }, orderBy: { id: "desc" } });
    expect(lastFailure).toMatchObject({ outcome: "failure", detail: "locked" });
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(0);
  });

  test("20 bad sign-ins from one IP across many accounts lock that IP, not other IPs", async () => {
    const target = await createTestUser();
    for (let i = 0; i < 20; i++) expect(await attempt(`someone-${i}@clinic.test`, "guess guess", "10.2.0.9")).toBeNull();
    expect(await attempt(target.email, TEST_PASSWORD, "10.2.0.9")).toBeNull();
    expect(await attempt(target.email, TEST_PASSWORD, "10.2.0.10")).not.toBeNull();
  });

  test("the lock ends after the configured lockout, and a success clears the account's counter", async () => {
    process.env.AUTH_LOCKOUT_SECONDS = "1";
    process.env.AUTH_MAX_FAILURES_PER_ACCOUNT = "3";
    const user = await createTestUser();
    for (let i = 0; i < 3; i++) await attempt(user.email, "nope nope", "10.3.0.1");
    expect(await attempt(user.email, TEST_PASSWORD, "10.3.0.2")).toBeNull();
    await sleep(1100);
    // That refused correct attempt counted as a failure too, but the lock it renewed is also 1 s.
    await sleep(1100);
    expect(await attempt(user.email, TEST_PASSWORD, "10.3.0.2")).not.toBeNull();
    expect(await db.loginThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);
  });

  test("fewer failures than the limit do not lock the account", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 4; i++) await attempt(user.email, "almost", "10.4.0.1");
    expect(await attempt(user.email, TEST_PASSWORD, "10.4.0.1")).not.toBeNull();
  });
});
