import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import type { NextRequest } from "next/server";
import { ACTION_BODY_LIMIT_BYTES } from "./request-limits";

/**
 * Malformed requests that Next.js itself answers with a 500 (and a stack trace in the log), refused
 * here as the client errors they are [issue 19, failure 4; property 19]. Each returns a plain reason,
 * or null when the request may go on. proxy.ts answers 400/403/411 with that reason.
 */
export type Refusal = { status: 400 | 403 | 411; message: string };

const refuse = (status: Refusal["status"], message: string): Refusal => ({ status, message });

/** `/referrals/%ZZ`, `/referrals/%ED%A0%80/pdf`: Next's route-parameter decoding throws on these. */
export function malformedPath(request: NextRequest): Refusal | null {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return null;
  } catch {
    return refuse(400, "The address is malformed (bad %-encoding).");
  }
}

/**
 * Next parses this header as JSON of its own route tree and answers 500 when it cannot. The check is
 * Next's own parser, so exactly what it would throw on is refused here. (Next hides this header from the
 * proxy unless `skipProxyUrlNormalize` is set in next.config.js, which is why it is.)
 */
export function malformedRouterState(request: NextRequest): Refusal | null {
  const raw = request.headers.get("next-router-state-tree");
  if (raw === null) return null;
  try {
    parseAndValidateFlightRouterState(raw);
    return null;
  } catch {
    return refuse(400, "The request's router state header is malformed.");
  }
}

/** Any POST from another site or an opaque origin: server actions (header or form field) and forms alike. */
export function crossOriginPost(request: NextRequest): Refusal | null {
  if (request.method !== "POST") return null;
  const origin = request.headers.get("origin");
  if (origin === null) return null; // Next's own check handles a missing Origin on actions.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let foreign = origin === "null";
  if (!foreign) {
    try {
      foreign = new URL(origin).host !== host;
    } catch {
      foreign = true;
    }
  }
  return foreign ? refuse(403, "Cross-origin request refused") : null;
}

const isAction = (request: NextRequest) => request.method === "POST" && request.headers.has("next-action");

/** A chunked action body declares no length, so Next's 256 kB limit threw a 500 mid-read: ask for a length. */
export function actionWithoutLength(request: NextRequest): Refusal | null {
  if (!isAction(request) || request.headers.has("content-length")) return null;
  return refuse(411, "Send the request with a Content-Length header.");
}

// React's reply encoding writes a plain string starting with "$" as "$$…"; these are the only references
// the app's own calls produce (undefined, dates, big integers, non-finite numbers). Others ($Q Map,
// $F server reference, $K FormData, $@ promise, $B blob …) are never sent by this app's forms and are
// where Next's decoder crashes on forged input.
const ALLOWED_REFERENCE = /^\$(\$|undefined$|D|n|Infinity$|-Infinity$|NaN$|-0$)/;
const MAX_DEPTH = 64;

/** Why an action's JSON arguments are not what this app's forms send, or null when they are. */
export function actionArgumentsProblem(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "The request body is not valid JSON.";
  }
  if (!Array.isArray(parsed)) return "The request body is not a list of arguments.";
  const stack: { value: unknown; depth: number }[] = [{ value: parsed, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return `The request body is nested more than ${MAX_DEPTH} levels deep.`;
    if (typeof value === "string") {
      if (value.startsWith("$") && !ALLOWED_REFERENCE.test(value)) return "The request body holds a reference this app does not accept.";
    } else if (value !== null && typeof value === "object") {
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

/** The body of a server-action POST, checked before Next decodes it. Multipart bodies are never sent here. */
export async function malformedActionBody(request: NextRequest): Promise<Refusal | null> {
  if (!isAction(request)) return null;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT_BYTES) return null; // the size check answers 413
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return refuse(400, "This app's actions take JSON arguments, not multipart forms.");
  const problem = actionArgumentsProblem(await request.clone().text());
  return problem ? refuse(400, problem) : null;
}

const CALLBACK_COOKIE = /(^|;\s*)(?:__Secure-)?next-auth\.callback-url=([^;]*)/g;

/**
 * next-auth trusts its callback-url cookie, and one naming another host (`http://localhost:3300.evil.test/`)
 * made every /api/auth/* request fail. Every such cookie that is not a path or a URL on this origin is
 * dropped from the request (next-auth then uses its default): a browser may send the name twice (the
 * sign-in sets one; a forged second came after it), and next-auth reads the last.
 */
export function withoutForeignCallbackCookie(request: NextRequest): string | null {
  if (!request.nextUrl.pathname.startsWith("/api/auth/")) return null;
  const header = request.headers.get("cookie");
  if (!header) return null;
  let dropped = false;
  const kept = header.replace(CALLBACK_COOKIE, (whole: string, separator: string, raw: string) => {
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      value = "//invalid";
    }
    const sameOrigin = value.startsWith("/") && !value.startsWith("//") ? true : safeOrigin(value) === request.nextUrl.origin;
    if (sameOrigin) return whole;
    dropped = true;
    return separator;
  });
  return dropped ? kept.replace(/^;\s*/, "") : null;
}

function safeOrigin(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}
