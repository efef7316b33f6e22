import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import type { AuthorizedUser } from "@/lib/auth/authorize";

/** The name next-auth gives the session cookie over http (the integration suite's NEXTAUTH_URL is unset). */
export const SESSION_COOKIE = "next-auth.session-token";

type CookieList = { name: string; value: string }[];

/** What next/headers' cookies() returns for a request carrying exactly these cookies. */
export function cookieStore(list: CookieList) {
  return {
    get: (name: string) => list.find((c) => c.name === name),
    getAll: () => list,
    has: (name: string) => list.some((c) => c.name === name),
  };
}

export function sendCookies(list: CookieList) {
  jest.mocked(cookies).mockResolvedValue(cookieStore(list) as unknown as Awaited<ReturnType<typeof cookies>>);
}

// The token of each session signed in by signInAs, so switching sessions (actAs) is synchronous.
const tokenBySession = new Map<string, string>();

/** A session token as next-auth's sign-in writes it (same claims, same encryption, same secret). */
export async function sessionTokenFor(session: AuthorizedUser, maxAgeSeconds = 3600): Promise<string> {
  return encode({
    token: { name: session.name, email: session.email, sub: session.id, uid: session.id, role: session.role, sid: session.sessionId },
    secret: process.env.NEXTAUTH_SECRET ?? "",
    maxAge: maxAgeSeconds,
  });
}

/** Encrypts the session cookie of a newly signed-in session (signInAs does this). */
export async function issueSessionCookie(session: AuthorizedUser): Promise<void> {
  tokenBySession.set(session.sessionId, await sessionTokenFor(session));
}

/** Makes the following calls carry the session cookie of this session (issued before). */
export function sendSessionCookie(session: AuthorizedUser): void {
  const token = tokenBySession.get(session.sessionId);
  if (!token) throw new Error("sendSessionCookie: sign the session in with signInAs first");
  sendCookies([{ name: SESSION_COOKIE, value: token }]);
}
