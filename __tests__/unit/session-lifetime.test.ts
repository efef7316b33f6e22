import { encode } from "next-auth/jwt";
import { applySessionCookieLifetime, sessionCookieValue, withoutExpiry } from "@/lib/auth/session-cookie-lifetime";
import { sessionEndedAt } from "@/lib/data/auth-sessions";

jest.mock("@/lib/db/client", () => ({ db: {}, hotReader: {} }));

const SECRET = "unit-test-secret-not-for-production-000";

describe('"keep me signed in": the cookie', () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = SECRET;
  });

  const cookieLine = (token: string) =>
    `next-auth.session-token=${token}; Path=/; Expires=Wed, 08 Dec 2026 12:00:00 GMT; Max-Age=604800; HttpOnly; SameSite=Lax`;
  const responseWith = (...cookies: string[]) => {
    const headers = new Headers();
    for (const c of cookies) headers.append("set-cookie", c);
    return new Response("{}", { status: 200, headers });
  };

  test("Expires and Max-Age are removed, everything else kept", () => {
    expect(withoutExpiry(cookieLine("abc"))).toBe("next-auth.session-token=abc; Path=/; HttpOnly; SameSite=Lax");
  });

  test("only the session cookie being written is recognised (not the CSRF cookie, not a clearing one)", () => {
    expect(sessionCookieValue(cookieLine("abc"))).toBe("abc");
    expect(sessionCookieValue("__Secure-next-auth.session-token=xyz; Path=/; Secure")).toBe("xyz");
    expect(sessionCookieValue("next-auth.csrf-token=abc; Path=/")).toBeNull();
    expect(sessionCookieValue("next-auth.session-token=; Path=/; Max-Age=0")).toBeNull();
  });

  test("without the box ticked the session cookie ends with the browser; other cookies keep their dates", async () => {
    const token = await encode({ token: { sid: "s1", persist: false }, secret: SECRET });
    const csrf = "next-auth.csrf-token=t; Path=/; Expires=Wed, 08 Dec 2026 12:00:00 GMT";
    const out = (await applySessionCookieLifetime(responseWith(csrf, cookieLine(token)))).headers.getSetCookie();
    expect(out).toEqual([csrf, `next-auth.session-token=${token}; Path=/; HttpOnly; SameSite=Lax`]);
  });

  test("with it ticked the cookie keeps its expiry (it outlives the browser)", async () => {
    const token = await encode({ token: { sid: "s1", persist: true }, secret: SECRET });
    const out = (await applySessionCookieLifetime(responseWith(cookieLine(token)))).headers.getSetCookie();
    expect(out).toEqual([cookieLine(token)]);
  });

  test("a token that cannot be read is treated as not kept", async () => {
    const out = (await applySessionCookieLifetime(responseWith(cookieLine("garbage")))).headers.getSetCookie();
    expect(out[0]).not.toMatch(/Expires|Max-Age/);
  });
});

describe("when a session ends (server-enforced)", () => {
  const limits = { idleSeconds: 1800, lifetimeSeconds: 12 * 3600, rememberedLifetimeSeconds: 7 * 24 * 3600 };
  const t0 = new Date("2026-12-01T08:00:00Z");
  const hours = (h: number) => new Date(t0.getTime() + h * 3600_000);

  test("an ordinary session: 12 hours at most, a kept one 7 days, both signed out after 30 idle minutes", () => {
    expect(sessionEndedAt({ createdAt: t0, lastSeenAt: hours(11.9), persistent: false, secondFactorPending: false }, limits)).toEqual({
      at: hours(12),
      action: "auth.session-expired",
    });
    expect(sessionEndedAt({ createdAt: t0, lastSeenAt: hours(11.9), persistent: true, secondFactorPending: false }, limits)).toEqual({
      at: hours(12.4),
      action: "auth.idle-timeout",
    });
    expect(sessionEndedAt({ createdAt: t0, lastSeenAt: hours(167.9), persistent: true, secondFactorPending: false }, limits)).toEqual({
      at: hours(168),
      action: "auth.session-expired",
    });
  });

  test("the idle timeout is dated when it took effect (last activity + limit), not when it was noticed", () => {
    expect(sessionEndedAt({ createdAt: t0, lastSeenAt: hours(1), persistent: false, secondFactorPending: false }, limits)).toEqual({
      at: hours(1.5),
      action: "auth.idle-timeout",
    });
  });

  test("a session owing its second factor has 10 minutes", () => {
    expect(sessionEndedAt({ createdAt: t0, lastSeenAt: t0, persistent: false, secondFactorPending: true }, limits)).toEqual({
      at: new Date(t0.getTime() + 600_000),
      action: "auth.second-factor-expired",
    });
  });
});
