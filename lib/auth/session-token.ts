import "server-only";
import { cookies } from "next/headers";
import { decode, getToken, type GetTokenParams, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { createBoundedCache } from "@/lib/data/performance-shortcuts";
import { serverEnv, type ServerEnv } from "@/lib/env";
import { resolveAuthSecret } from "./auth-secret";

/**
 * Reading the session cookie on every signed-in request. next-auth's getServerSession runs its whole
 * session endpoint for this (derive the key with HKDF, decrypt, run the callbacks, encrypt a refreshed
 * cookie): about a tenth of the CPU of a "Suggest" (docs/performance.md). The cookie only carries the
 * server-side session id, whose row is checked on every request, so decoding it is all that is needed.
 */

/**
 * `__Secure-` cookies with the Secure flag when the public URL is https. Given to next-auth as
 * `useSecureCookies` too, so the cookie it writes and the one read here always have the same name.
 */
export function secureCookiesEnabled(env: Pick<ServerEnv, "NEXTAUTH_URL"> = serverEnv()): boolean {
  return (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

// A session cookie is an encrypted, authenticated JWE: once next-auth's own decode has accepted it, the
// payload cannot change, so it is kept (bounded) instead of decrypting the same cookie again on every
// request (a performance shortcut: lib/data/performance-shortcuts.ts). Expiry is still checked on every
// use, below.
const MAX_CACHED_TOKENS = 5_000;
const decodedTokens = createBoundedCache<JWT>(MAX_CACHED_TOKENS);

async function decodeOnce(params: JWTDecodeParams): Promise<JWT | null> {
  const token = params.token ?? "";
  const cached = decodedTokens.get(token);
  if (cached) return cached;
  const payload = await decode(params); // throws on a forged, tampered or expired token
  if (!payload) return null;
  decodedTokens.set(token, payload);
  return payload;
}

/** True while the token's `exp` (seconds since the epoch) is in the future. */
export function tokenUnexpired(payload: JWT, nowMs = Date.now()): boolean {
  return typeof payload.exp === "number" && payload.exp * 1000 > nowMs;
}

// Resolved once: without NEXTAUTH_SECRET in the environment it is read from a file, and it cannot change
// while the server runs (a new secret signs everybody out, docs/deployment.md).
let secret: string | undefined;

/** The server-side session id in this request's session cookie, or null (no cookie, bad or expired token). */
export async function sessionIdFromCookie(): Promise<string | null> {
  secret ??= resolveAuthSecret();
  const payload = await getToken({
    // next-auth's cookie reading (including a cookie split into chunks). No headers: a session is
    // only ever a cookie here, never an Authorization header.
    req: { cookies: await cookies(), headers: {} } as unknown as GetTokenParams["req"],
    secureCookie: secureCookiesEnabled(),
    secret,
    decode: decodeOnce,
  });
  if (!payload || !tokenUnexpired(payload)) return null;
  return typeof payload.sid === "string" && payload.sid ? payload.sid : null;
}
