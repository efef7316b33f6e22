import "server-only";
import { decode } from "next-auth/jwt";
import { resolveAuthSecret } from "./auth-secret";

/**
 * next-auth always gives its session cookie an Expires date (the token's maxAge), so it would outlive
 * the browser. Unless the person ticked "keep me signed in on this device" (the token's `persist`), the
 * cookie is made a browser-session cookie here: closing the browser ends it. The server-side lifetime is
 * enforced separately from the session row (lib/data/auth-sessions.ts), so this is about the device.
 */

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?=/;

/** The Set-Cookie line without its Expires and Max-Age attributes. */
export function withoutExpiry(setCookie: string): string {
  return setCookie
    .split(";")
    .filter((part) => !/^\s*(expires|max-age)\s*=/i.test(part))
    .join(";");
}

/** Whether a Set-Cookie line writes (not clears) the session cookie; returns its value. */
export function sessionCookieValue(setCookie: string): string | null {
  if (!SESSION_COOKIE.test(setCookie)) return null;
  const value = setCookie.slice(setCookie.indexOf("=") + 1).split(";")[0] ?? "";
  return value === "" ? null : value;
}

async function persistRequested(token: string): Promise<boolean> {
  try {
    const payload = await decode({ token, secret: resolveAuthSecret() });
    return payload?.persist === true;
  } catch {
    return false;
  }
}

/** The auth endpoint's response, with the session cookie ending with the browser unless it was to be kept. */
export async function applySessionCookieLifetime(response: Response): Promise<Response> {
  const cookies = response.headers.getSetCookie();
  const written = cookies.map(sessionCookieValue).find((v): v is string => v !== null);
  if (written === undefined || (await persistRequested(written))) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies) headers.append("set-cookie", sessionCookieValue(cookie) === null ? cookie : withoutExpiry(cookie));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
