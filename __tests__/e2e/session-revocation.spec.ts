import { expect, test, type Browser } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { ADMIN, createAccount, signIn, type Account } from "./helpers";

/** One signed-in browser context (its own cookie jar) for an account. */
async function signedInContext(browser: Browser, account: Account) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

// Security property 16: a password change or an account disable ends the user's other sessions.
test("changing the password signs the other browser out", async ({ browser }) => {
  const clinician = createAccount("clinician", "pwchange");
  const laptop = await signedInContext(browser, clinician);
  const phone = await signedInContext(browser, clinician);

  const next = `changed secret ${randomBytes(6).toString("hex")}`;
  await laptop.page.goto("/account");
  await laptop.page.getByLabel("Current password").fill(clinician.password);
  await laptop.page.getByLabel("New password", { exact: true }).fill(next);
  await laptop.page.getByLabel("New password again").fill(next);
  await laptop.page.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();

  // The browser that changed it stays signed in; the other one is sent to sign in on its next request.
  await laptop.page.goto("/referrals");
  await expect(laptop.page.getByTestId("signed-in-user")).toBeVisible();
  await phone.page.goto("/referrals");
  await expect(phone.page).toHaveURL(/\/login/);
  await laptop.context.close();
  await phone.context.close();
});

test("disabling an account ends its sessions at once", async ({ browser }) => {
  const clinician = createAccount("clinician", "disabled");
  const victim = await signedInContext(browser, clinician);
  const admin = await signedInContext(browser, ADMIN);

  await admin.page.goto("/admin/users");
  await admin.page.getByRole("link", { name: `${clinician.name}, MD` }).click();
  admin.page.once("dialog", (dialog) => void dialog.accept());
  await admin.page.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.page.getByRole("status").filter({ hasText: "Account disabled" })).toBeVisible();

  await victim.page.goto("/intake");
  await expect(victim.page).toHaveURL(/\/login/);
  await admin.context.close();
  await victim.context.close();
});

// Issue 19 failure 3, against the build: after sign-out, next-auth's own /api/auth/session endpoint must
// refuse the old cookie like every page does — no user, and no fresh session cookie.
test("a signed-out session's cookie, replayed on /api/auth/session, reveals nobody and gets no new cookie", async ({ browser }) => {
  const clinician = createAccount("clinician", "replayed-cookie");
  const { context, page } = await signedInContext(browser, clinician);
  const cookies = await context.cookies();
  const header = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  expect(header).toMatch(/session-token=/);

  const before = await page.request.get("/api/auth/session", { headers: { Cookie: header } });
  expect(await before.json()).toMatchObject({ user: { email: clinician.email } });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // A fresh client, holding only the cookie as it was before sign-out.
  const stranger = await browser.newContext();
  const replay = await stranger.request.get("/api/auth/session", { headers: { Cookie: header } });
  expect(replay.status()).toBeLessThan(500);
  const body = JSON.stringify(await replay.json());
  expect(body).not.toContain(clinician.email);
  expect(body).not.toMatch(/sessionId|"role"/);
  const refreshed = replay.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && /session-token=[^;]+/.test(h.value));
  expect(refreshed.filter((h) => !/session-token=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(h.value))).toEqual([]);
  await stranger.close();
  await context.close();
});
