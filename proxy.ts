import { NextResponse, type NextRequest } from "next/server";
import { serverEnv } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/security/request-limits";
import {
  actionWithoutLength,
  crossOriginPost,
  malformedActionBody,
  malformedPath,
  malformedRouterState,
  withoutForeignCallbackCookie,
} from "@/lib/security/request-guards";

const plainRefusal = ({ status, message }: { status: number; message: string }) =>
  NextResponse.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Per-request CSP nonce and Cache-Control for every dynamic response. Deliberately no authentication
 * here: every page, action and route checks the session itself (lib/auth/current-user.ts), so a
 * matcher change or a proxy bypass cannot open anything.
 */
export async function proxy(request: NextRequest) {
  // Next also refuses these, but with a 500; a foreign-origin action is a client error, said plainly.
  if (isCrossOriginAction(request)) return plainRefusal({ status: 403, message: "Cross-origin request refused" });
  // Next refuses these too, but answers 500: an oversized body is the client's error, said as such.
  if (isOversizedAction(request)) {
    return plainRefusal({ status: 413, message: `The request is too large (the limit is ${ACTION_BODY_LIMIT_BYTES / 1024} kB).` });
  }
  // Malformed requests Next answers with a 500 (request-guards.ts).
  const refused =
    crossOriginPost(request) ??
    malformedPath(request) ??
    malformedRouterState(request) ??
    actionWithoutLength(request) ??
    (await malformedActionBody(request));
  if (refused) return plainRefusal(refused);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, serverEnv().NODE_ENV === "development");
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  const cookie = withoutForeignCallbackCookie(request);
  if (cookie !== null) requestHeaders.set("cookie", cookie);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Pages, RSC payloads, actions and exports may hold patient data: never store them in any cache.
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** A server-action POST whose Origin is another site, or the opaque "null" (sandboxed frames, data: URLs). */
export function isCrossOriginAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false; // Next's own check handles a missing Origin.
  if (origin === "null") return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * A server-action POST whose declared length is over the limit. (A chunked body declares none: Next's
 * own limit still stops it, with a 500; browsers send a length for server actions.)
 */
export function isOversizedAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const length = Number(request.headers.get("content-length") ?? "0");
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES;
}

export const config = {
  // Everything but hashed static assets, which hold no patient data and are cached forever by design.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
