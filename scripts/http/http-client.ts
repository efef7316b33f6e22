/**
 * What a browser does over HTTP, minus the browser: next-auth's credentials sign-in (csrf + callback,
 * cookies kept) and server-action calls in React's wire format (POST to the page, `Next-Action` header,
 * arguments as a JSON array in a text/plain body, answer as an RSC stream).
 */
import { manifestFile, readServerActions, urlPathOf } from "./action-manifest";

export type Cookies = Map<string, string>;

function mergeCookies(jar: Cookies, setCookies: string[]): void {
  for (const line of setCookies) {
    const pair = line.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}

export const cookieHeader = (jar: Cookies) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export function hasSessionCookie(jar: Cookies): boolean {
  return [...jar.keys()].some((k) => k.endsWith("next-auth.session-token"));
}

/** Signs in as the login page does. The jar gets the session cookie only when the password was accepted. */
export async function signIn(base: string, email: string, password: string, jar: Cookies = new Map()): Promise<Cookies> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: cookieHeader(jar) } });
  mergeCookies(jar, csrf.headers.getSetCookie());
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/intake`, json: "true" }),
  });
  await res.arrayBuffer();
  mergeCookies(jar, res.headers.getSetCookie());
  return jar;
}

export interface ActionRef {
  id: string;
  /** The page the browser posts the action to (the page whose form uses it). */
  page: string;
}

/** The id the production build gave a server action, read from the build's manifest. */
export function findAction(root: string, exportedName: string): ActionRef {
  const action = readServerActions(root).find((a) => a.exportedName === exportedName);
  if (!action) throw new Error(`server action ${exportedName} is not in ${manifestFile(root)}`);
  return { id: action.id, page: urlPathOf(action.worker) };
}

/** Headers of a server-action call as React's client sends them. */
export function actionHeaders(base: string, actionId: string, cookie: string): Record<string, string> {
  return {
    "next-action": actionId,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    origin: base,
    cookie,
  };
}

export interface ActionResponse {
  status: number;
  /** The action's return value, or undefined when the answer held none (error, redirect). */
  value: unknown;
  body: string;
  redirect: string | null;
}

/**
 * The return value in an RSC answer: row 0 is `{"a":"$@<row>", …}` and that row holds the value.
 * Strings the encoder escaped ("$$…") are not unescaped: the values read here never start with "$".
 */
export function actionValue(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const root = rows.get("0");
  if (!root?.startsWith("{")) return undefined;
  const ref = (JSON.parse(root) as { a?: unknown }).a;
  if (typeof ref !== "string" || !ref.startsWith("$@")) return undefined;
  const row = rows.get(Number.parseInt(ref.slice(2), 16).toString(16));
  if (!row || !/^[[{"0-9tfn-]/.test(row)) return undefined;
  return JSON.parse(row) as unknown;
}

export async function callAction(
  base: string,
  action: ActionRef,
  jar: Cookies,
  args: unknown[],
  signal?: AbortSignal,
): Promise<ActionResponse> {
  const res = await fetch(`${base}${action.page}`, {
    method: "POST",
    redirect: "manual",
    signal,
    headers: actionHeaders(base, action.id, cookieHeader(jar)),
    body: JSON.stringify(args),
  });
  const body = await res.text();
  let value: unknown;
  try {
    value = actionValue(body);
  } catch {
    value = undefined;
  }
  return { status: res.status, value, body, redirect: res.headers.get("x-action-redirect") };
}

/** `{ ok: true, data }` → data; anything else → null. */
export function okData<T>(response: ActionResponse): T | null {
  const v = response.value as { ok?: unknown; data?: unknown } | undefined;
  return v && v.ok === true ? (v.data as T) : null;
}
