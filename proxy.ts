import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

/**
 * Per-request CSP nonce and Cache-Control for every dynamic response. Deliberately no authentication
 * here: every page, action and route checks the session itself (lib/auth/current-user.ts), so a
 * matcher change or a proxy bypass cannot open anything.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Pages, RSC payloads, actions and exports may hold patient data: never store them in any cache.
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  // Everything but hashed static assets, which hold no patient data and are cached forever by design.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
