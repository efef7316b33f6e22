import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import Database from "better-sqlite3";
import path from "node:path";
import { E2E_DB_FILE } from "../../playwright.config";
import { readServerActions, urlPathOf } from "../../scripts/http/action-manifest";
import { createAccount, signIn } from "./helpers";
import { databaseState } from "./support/db-state";

// Security properties 1, 3, 11 and 19 (oversized bodies) on the live server: every server action of the
// build is posted directly (as an attacker would, with its id from the manifest) and must be refused,
// changing nothing.

interface Action {
  id: string;
  name: string;
  route: string;
}

/** Read when a test runs, not when the file loads: the web server may still be building. */
function loadActions(): Action[] {
  return readServerActions(path.join(__dirname, "..", "..")).map((a) => ({
    id: a.id,
    name: a.exportedName ?? a.id,
    route: urlPathOf(a.worker, () => "probe"),
  }));
}
const ADMIN_ONLY =
  /^(save(Condition|Recommendation|SafetyRule|Study)|restoreEvidenceVersion|resetUserPassword|endUserSessions|setUserActive|createUser)Action$/;

/** Actions a visitor without a session may call, authenticated by a one-time token instead (action-registry.ts: "public"). */
const PUBLIC_BY_TOKEN = /^acceptTherapistInvitationAction$/;

/** A well-formed argument list: the auth check, not validation, must be what refuses it. */
function post(request: APIRequestContext, action: Action, headers: Record<string, string> = {}) {
  return request.post(action.route, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", ...headers },
    data: JSON.stringify([{ id: "probe", userId: "probe", active: false, password: "a brand new password 123", email: "x@e2e.test" }]),
    maxRedirects: 0,
  });
}

async function describe(response: APIResponse) {
  const body = await response.text();
  return { status: response.status(), redirect: response.headers()["x-action-redirect"] ?? "", body: body.slice(0, 300), full: body };
}

test("the build has the server actions this suite expects to probe", () => {
  // A manifest without actions would make the tests below pass vacuously.
  expect(loadActions().map((a) => a.name)).toEqual(
    expect.arrayContaining(["createReferralAction", "saveRecommendationAction", "createUserAction", "touchSessionAction"]),
  );
});

test("every server action refuses a request without a session and changes nothing", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const before = databaseState();
  for (const action of loadActions()) {
    const r = await describe(await post(anonymous, action));
    // The invitation's one-time token is its credential (a therapist has no account yet): without a valid
    // token it must refuse as well, only not by sending to sign-in.
    const refused = PUBLIC_BY_TOKEN.test(action.name)
      ? r.full.includes('"ok":false')
      : r.redirect.startsWith("/login") || r.full.includes('"error":"signed-out"');
    expect(refused, `${action.name} at ${action.route}: ${JSON.stringify({ ...r, full: undefined })}`).toBe(true);
    expect(r.full, action.name).not.toContain('"ok":true');
  }
  expect(databaseState()).toEqual(before);
  await anonymous.dispose();
});

test("a clinician's session cannot run any admin action", async ({ page }) => {
  await signIn(page, createAccount("clinician", "not-admin"));
  const adminActions = loadActions().filter((a) => ADMIN_ONLY.test(a.name));
  expect(adminActions.length).toBeGreaterThanOrEqual(9);
  const before = databaseState();
  for (const action of adminActions) {
    const r = await describe(await post(page.request, action));
    // requireAdmin answers "not found", as if the action did not exist.
    const refused = r.status === 404 || r.full.includes("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(refused, `${action.name}: ${JSON.stringify({ ...r, full: undefined })}`).toBe(true);
    expect(r.full, action.name).not.toContain('"ok":true');
  }
  expect(databaseState()).toEqual(before);
});

test("a server action posted from a foreign origin, or Origin: null, is rejected even with a session", async ({ page }) => {
  await signIn(page, createAccount("clinician", "origin"));
  const touch = loadActions().find((a) => a.name === "touchSessionAction");
  if (!touch) throw new Error("touchSessionAction is not in the manifest");
  // Same origin works: the rejection below is the origin check, not a broken request.
  const same = await describe(await post(page.request, touch, { Origin: new URL(page.url()).origin }));
  expect(same.full).toContain('"ok":true');
  for (const origin of ["https://evil.test", "null"]) {
    const r = await describe(await post(page.request, touch, { Origin: origin }));
    expect(r.status, origin).toBe(403);
    expect(r.full, origin).not.toContain('"ok":true');
  }
});

test("an oversized server-action body gets 413 with a plain message (not a 500), and nothing is saved", async ({ page }) => {
  await signIn(page, createAccount("clinician", "oversize"));
  const create = loadActions().find((a) => a.name === "createReferralAction");
  if (!create) throw new Error("createReferralAction is not in the manifest");
  const send = (complaintBytes: number) =>
    page.request.post(create.route, {
      headers: {
        "Next-Action": create.id,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: new URL(page.url()).origin,
      },
      data: JSON.stringify([{ intake: { complaint: "x".repeat(complaintBytes) } }]),
      maxRedirects: 0,
    });
  const before = databaseState();
  const tooLarge = await send(300 * 1024);
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toEqual({ error: "The request is too large (the limit is 256 kB)." });
  // Just under the limit the action runs and answers with its own validation error.
  const underLimit = await describe(await send(200 * 1024));
  expect(underLimit.status).toBe(200);
  expect(underLimit.full).toContain('"ok":false');
  expect(databaseState()).toEqual(before);
});

// Issue 19 failure 2, against the build: a borrowed admin session posting the reset action for the admin's
// own account (as the red team did) is refused, and the admin's password is unchanged.
test("an admin's session cannot reset that admin's own password by posting the reset action", async ({ page, browser }) => {
  const admin = createAccount("admin", "self-reset");
  await signIn(page, admin);
  const reset = loadActions().find((a) => a.name === "resetUserPasswordAction");
  if (!reset) throw new Error("resetUserPasswordAction is not in the manifest");
  const sqlite = new Database(E2E_DB_FILE, { readonly: true });
  const own = sqlite.prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(admin.email) as { id: string };
  sqlite.close();
  const takeover = "a takeover password 4567 zebra";
  const r = await describe(
    await page.request.post(reset.route, {
      headers: {
        "Next-Action": reset.id,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: new URL(page.url()).origin,
      },
      data: JSON.stringify([{ userId: own.id, password: takeover }]),
      maxRedirects: 0,
    }),
  );
  expect(r.full).toContain("can't reset your own password here");
  expect(r.full).not.toContain('"ok":true');

  // The old password still signs in; the one the borrowed session chose does not.
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await again.goto("/login");
  await again.getByLabel("Email").fill(admin.email);
  await again.getByLabel("Password").fill(takeover);
  await again.getByRole("button", { name: "Sign in" }).click();
  await expect(again.locator("#login-error")).toContainText("Email or password is incorrect");
  await signIn(again, admin);
  await fresh.close();
});
