/**
 * Sign-in and sign-out against next-auth's own REST endpoints (/api/auth/*), as next-auth/react's
 * signIn()/signOut() do, without shipping next-auth/react (and its session context) to every page.
 * Same protocol: fetch the CSRF token, then POST it form-encoded with `json=true`, same-origin cookies.
 */

const AUTH_BASE = "/api/auth";

async function csrfToken(): Promise<string> {
  const res = await fetch(`${AUTH_BASE}/csrf`, { credentials: "same-origin", cache: "no-store" });
  if (!res.ok) throw new Error(`csrf ${res.status}`);
  const body = (await res.json()) as { csrfToken?: unknown };
  if (typeof body.csrfToken !== "string" || body.csrfToken === "") throw new Error("csrf token missing");
  return body.csrfToken;
}

async function postForm(endpoint: string, fields: Record<string, string>): Promise<{ ok: boolean; url: string | null }> {
  const body = new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" });
  const res = await fetch(`${AUTH_BASE}/${endpoint}`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  const data = (await res.json().catch(() => ({}))) as { url?: unknown };
  return { ok: res.ok, url: typeof data.url === "string" ? data.url : null };
}

/** How a sign-in attempt ended: next-auth's `?error=` code, "csrf" for a refused token, or "network". */
export type SignInOutcome = { ok: true } | { ok: false; code: string };

/**
 * Signs in with the credentials provider. ok only when next-auth accepted the credentials: a failed
 * sign-in answers with an error URL (`?error=CODE`), a refused CSRF token with the sign-in page (`?csrf=true`).
 */
export async function signInWithCredentials(credentials: Record<string, string>): Promise<SignInOutcome> {
  try {
    const { ok, url } = await postForm("callback/credentials", { ...credentials, callbackUrl: window.location.origin + "/" });
    // A refused sign-in answers 401 *with* an error URL (?error=CredentialsSignin): read its code. Only an
    // answer without a URL is a network or server failure.
    if (url === null) return { ok: false, code: "network" };
    const params = new URL(url, window.location.origin).searchParams;
    if (params.has("csrf")) return { ok: false, code: "csrf" };
    const error = params.get("error") ?? (ok ? null : "network");
    return error === null ? { ok: true } : { ok: false, code: error };
  } catch {
    return { ok: false, code: "network" };
  }
}

/**
 * Ends the server session (next-auth's signout event revokes it) and loads `callbackUrl` as a full page
 * load, so no client state of the signed-in user survives.
 */
export async function signOutAndGo(callbackUrl: string): Promise<void> {
  try {
    await postForm("signout", { callbackUrl });
  } finally {
    window.location.assign(callbackUrl);
  }
}
