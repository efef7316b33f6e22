import { headers } from "next/headers";
import { encode } from "next-auth/jwt";
import { buildAuthOptions } from "@/lib/auth/auth-options";
import { getCurrentUser } from "@/lib/auth/current-user";
import { secureCookiesEnabled, tokenUnexpired } from "@/lib/auth/session-token";
import { sleep } from "../support/act-as";
import { createTestUser } from "../support/db-fixtures";
import { SESSION_COOKIE, sendCookies, sessionTokenFor } from "../support/session-cookie";
import { signInAs } from "../support/sign-in-as";

// How a request's session cookie becomes a signed-in user (lib/auth/session-token.ts). The cookie is
// next-auth's encrypted JWT; only a token next-auth would accept, still unexpired, gets as far as the
// session row check.
describe("the session cookie", () => {
  const originalUrl = process.env.NEXTAUTH_URL;
  afterEach(() => {
    if (originalUrl === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = originalUrl;
  });

  async function signedIn() {
    const session = await signInAs(await createTestUser());
    return { session, token: await sessionTokenFor(session) };
  }

  test("a valid cookie is the signed-in user; the same cookie again (decoded once, then remembered) still is", async () => {
    const { session, token } = await signedIn();
    sendCookies([{ name: SESSION_COOKIE, value: token }]);
    expect(await getCurrentUser()).toMatchObject({ id: session.id, sessionId: session.sessionId });
    expect(await getCurrentUser()).toMatchObject({ id: session.id });
  });

  test("a tampered token, or one encrypted with another secret, is no session", async () => {
    const { session, token } = await signedIn();
    const flipped = token.slice(0, 40) + (token[40] === "A" ? "B" : "A") + token.slice(41);
    sendCookies([{ name: SESSION_COOKIE, value: flipped }]);
    expect(await getCurrentUser()).toBeNull();

    const foreign = await encode({ token: { sid: session.sessionId, uid: session.id }, secret: "some-other-secret", maxAge: 3600 });
    sendCookies([{ name: SESSION_COOKIE, value: foreign }]);
    expect(await getCurrentUser()).toBeNull();
  });

  test("an expired token is refused, also when it was accepted (and remembered) before it expired", async () => {
    const { session } = await signedIn();
    const shortLived = await sessionTokenFor(session, 1);
    sendCookies([{ name: SESSION_COOKIE, value: shortLived }]);
    expect(await getCurrentUser()).toMatchObject({ id: session.id });
    await sleep(1_100);
    expect(await getCurrentUser()).toBeNull();

    const longExpired = await sessionTokenFor(session, -3600);
    sendCookies([{ name: SESSION_COOKIE, value: longExpired }]);
    expect(await getCurrentUser()).toBeNull();
  });

  test("tokenUnexpired compares exp (seconds) with now, strictly", () => {
    expect(tokenUnexpired({ exp: 1_000 }, 999_999)).toBe(true);
    expect(tokenUnexpired({ exp: 1_000 }, 1_000_000)).toBe(false);
    expect(tokenUnexpired({}, 0)).toBe(false);
  });

  test("a token without a session id is no session", async () => {
    const { session } = await signedIn();
    const noSid = await encode({ token: { uid: session.id }, secret: process.env.NEXTAUTH_SECRET ?? "", maxAge: 3600 });
    sendCookies([{ name: SESSION_COOKIE, value: noSid }]);
    expect(await getCurrentUser()).toBeNull();
  });

  test("a cookie that next-auth split into chunks (.0, .1) is put back together", async () => {
    const { session, token } = await signedIn();
    sendCookies([
      { name: `${SESSION_COOKIE}.1`, value: token.slice(100) },
      { name: `${SESSION_COOKIE}.0`, value: token.slice(0, 100) },
    ]);
    expect(await getCurrentUser()).toMatchObject({ id: session.id });
  });

  test("the token is only ever read from the cookie, never from an Authorization header", async () => {
    const { token } = await signedIn();
    sendCookies([]);
    jest.mocked(headers).mockResolvedValueOnce(new Headers({ authorization: `Bearer ${token}` }) as never);
    expect(await getCurrentUser()).toBeNull();
  });

  test("over https the cookie is the __Secure- one, the same name next-auth is told to write", async () => {
    const { session, token } = await signedIn();
    process.env.NEXTAUTH_URL = "https://massagerx.example.org";
    expect(secureCookiesEnabled()).toBe(true);
    expect(buildAuthOptions().useSecureCookies).toBe(true);
    sendCookies([{ name: SESSION_COOKIE, value: token }]);
    expect(await getCurrentUser()).toBeNull();
    sendCookies([{ name: `__Secure-${SESSION_COOKIE}`, value: token }]);
    expect(await getCurrentUser()).toMatchObject({ id: session.id });

    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(buildAuthOptions().useSecureCookies).toBe(false);
  });
});
