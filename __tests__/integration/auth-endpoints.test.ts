import { NextRequest } from "next/server";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { revokeSession } from "@/lib/data/auth-sessions";
import { db } from "@/lib/db/client";
import { bringDatabaseBack, takeDatabaseDown } from "../support/database-outage";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";
import { SESSION_COOKIE, sendCookies } from "../support/session-cookie";
import { signInAs } from "../support/sign-in-as";

// next-auth's own REST endpoints, called through the app's route handler with real cookies and a real
// database. Issue 19: failure 3 (`/api/auth/session` honoured revoked cookies) and failure 5 (database
// errors in the sign-in error URL).
jest.setTimeout(60_000);
process.env.NEXTAUTH_URL = "http://localhost:3000";

const call = (handler: typeof GET, path: string, init?: { method?: string; body?: URLSearchParams }) =>
  handler(
    new NextRequest(`http://localhost:3000/api/auth/${path}`, {
      method: init?.method ?? "GET",
      body: init?.body,
      headers: init?.body ? { "content-type": "application/x-www-form-urlencoded" } : undefined,
    }),
    { params: Promise.resolve({ nextauth: path.split("?")[0]!.split("/") }) },
  );

const sessionCookieSet = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));

describe("GET /api/auth/session validates the server-side session (failure 3)", () => {
  test("a live session gets its user; after sign-out the same cookie gets an empty session and is cleared, not renewed", async () => {
    const user = await createTestUser();
    const session = await signInAs(user);
    const live = await call(GET, "session");
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ user: { id: user.id }, sessionId: session.sessionId });

    await revokeSession(session.sessionId, user.id, "auth.sign-out");
    const after = await call(GET, "session");
    const body = await after.json();
    expect(body).toEqual({});
    expect(JSON.stringify(body)).not.toContain(user.email);
    // next-auth clears the cookie (empty value, expired) instead of issuing a fresh 12-hour one.
    const cleared = sessionCookieSet(after);
    expect(cleared).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i);
  });

  test("an idle or disabled session is refused there too", async () => {
    const user = await createTestUser();
    const session = await signInAs(user);
    await db.authSession.update({ where: { id: session.sessionId }, data: { lastSeenAt: new Date(Date.now() - 24 * 3600_000) } });
    expect(await (await call(GET, "session")).json()).toEqual({});
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt).not.toBeNull();

    const other = await createTestUser();
    await signInAs(other);
    await db.user.update({ where: { id: other.id }, data: { active: false } });
    expect(await (await call(GET, "session")).json()).toEqual({});
  });
});

/** next-auth's CSRF handshake, then the credentials POST as the sign-in form sends it (json=true). */
async function postSignIn(email: string, password: string): Promise<{ status: number; url: string }> {
  sendCookies([]);
  const csrf = await call(GET, "csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().find((c) => c.startsWith("next-auth.csrf-token="))!;
  const [name, value] = cookie.split(";")[0]!.split("=");
  sendCookies([{ name: name!, value: decodeURIComponent(value!) }]);
  const res = await call(POST, "callback/credentials", {
    method: "POST",
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  return { status: res.status, url: ((await res.json()) as { url: string }).url };
}

describe("sign-in with the database down (failure 5)", () => {
  afterAll(() => {
    try {
      bringDatabaseBack();
    } catch {
      // Already back.
    }
  });

  test("a wrong password gives the one generic code; an outage gives a generic 'unavailable' code, never the driver's message", async () => {
    const user = await createTestUser();
    const wrong = await postSignIn(user.email, "not the password at all");
    expect(new URL(wrong.url).searchParams.get("error")).toBe("CredentialsSignin");

    await takeDatabaseDown();
    let outage: { status: number; url: string };
    try {
      outage = await postSignIn(user.email, TEST_PASSWORD);
    } finally {
      bringDatabaseBack();
    }
    expect(new URL(outage.url).searchParams.get("error")).toBe("SignInUnavailable");
    expect(decodeURIComponent(outage.url)).not.toMatch(/prisma|invocation|sqlite|postgres|findUnique|SELECT/i);

    const ok = await postSignIn(user.email, TEST_PASSWORD);
    expect(new URL(ok.url).searchParams.get("error")).toBeNull();
  });
});
