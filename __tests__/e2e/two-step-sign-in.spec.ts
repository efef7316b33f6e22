import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB_FILE } from "../../playwright.config";
import { createAccount } from "./helpers";
import { appCode, currentStep, enrol, enterCode, signOut, submitPassword, waitForStepAfter } from "./support/two-step";

// Issue 19, multi-factor sign-in, in a real browser against the production build: enrol with the key the
// page shows (the code is made here, as an authenticator app would), sign out, sign in with a code; and,
// with the clinic's policy requiring it for admins, an admin who has not enrolled reaches nothing but the
// setup page. Every account here is this spec's own; the policy is put back afterwards.
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test("a clinician turns on two-step sign-in, signs out, and signs in with a code from the app; a used or wrong code is refused", async ({
  page,
}) => {
  const clinician = createAccount("clinician", "two-step");
  await submitPassword(page, clinician);
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await page.goto("/account");
  await page.getByRole("link", { name: "Set up two-step sign-in" }).click();
  const { secret, step } = await enrol(page, clinician);
  // What the server stored is the sealed form, not the key the page showed (docs/security.md row 36).
  const sqlite = new Database(E2E_DB_FILE, { readonly: true });
  try {
    const row = sqlite
      .prepare(`SELECT t."secret" FROM "TwoStepTotp" t JOIN "User" u ON u."id" = t."userId" WHERE u."email" = ?`)
      .get(clinician.email) as { secret: string };
    expect(row.secret).toMatch(/^v1:/);
    expect(row.secret).not.toContain(secret);
  } finally {
    sqlite.close();
  }
  await signOut(page);

  // The password alone now opens nothing: the browser is held at the code page.
  await submitPassword(page, clinician);
  await expect(page).toHaveURL(/\/login\/two-step$/);
  await page.goto("/referrals");
  await expect(page).toHaveURL(/\/login\/two-step$/);
  const wrong = appCode(secret) === "000000" ? "111111" : "000000";
  await enterCode(page, wrong);
  await expect(page.getByLabel("6-digit code from your authenticator app")).toHaveAccessibleDescription(/That code is not right/);
  await expect(page).toHaveURL(/\/login\/two-step$/);

  await waitForStepAfter(step);
  const used = currentStep();
  const code = appCode(secret);
  await enterCode(page, code);
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await page.goto("/referrals");
  await expect(page.getByRole("heading", { name: "Your referrals", level: 1 })).toBeVisible();
  await signOut(page);

  // Replay: the same code again is refused. Still within one step of its own, so the clock would
  // accept it (one step of tolerance): what refuses it is that it was used.
  await submitPassword(page, clinician);
  await expect(page).toHaveURL(/\/login\/two-step$/);
  expect(currentStep() - used).toBeLessThanOrEqual(1);
  await enterCode(page, code);
  await expect(page.getByLabel("6-digit code from your authenticator app")).toHaveAccessibleDescription(/already used/);
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  // The next code the app shows works.
  await waitForStepAfter(used);
  await enterCode(page, appCode(secret));
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
});

test.describe("with the policy 'required for admins'", () => {
  test.afterAll(() => {
    // Put the demo policy back even if a step above failed, so no later spec is sent to enrolment.
    const sqlite = new Database(E2E_DB_FILE);
    try {
      sqlite.prepare(`DELETE FROM "SecuritySetting" WHERE "key" = 'two-step-policy'`).run();
    } finally {
      sqlite.close();
    }
  });

  test("an admin who has not set it up is sent to the setup page and reaches nothing else until they do", async ({ page, browser }) => {
    // The admin who sets the policy enrols first (the policy applies to them too).
    const policyAdmin = createAccount("admin", "two-step-policy");
    await submitPassword(page, policyAdmin);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.goto("/two-step/setup");
    await enrol(page, policyAdmin);
    await page.goto("/admin/security");
    await page.getByLabel("Required for admins, optional for everyone else", { exact: true }).check();
    await page.getByLabel("Your own password").fill(policyAdmin.password);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved. It applies from everyone's next page.")).toBeVisible();

    // A second admin, never enrolled, in a browser of their own.
    const other = createAccount("admin", "two-step-unenrolled");
    const context = await browser.newContext();
    const second = await context.newPage();
    try {
      await submitPassword(second, other);
      await expect(second).toHaveURL(/\/two-step\/setup$/);
      await expect(second.getByRole("status").filter({ hasText: "Your clinic requires two-step sign-in" })).toBeVisible();
      for (const target of [
        "/",
        "/admin/users",
        "/admin/audit",
        "/admin/security",
        "/admin/evidence",
        "/account",
        "/account/sessions",
        "/evidence",
      ]) {
        await second.goto(target);
        expect({ target, url: new URL(second.url()).pathname }).toEqual({ target, url: "/two-step/setup" });
      }
      // Route handlers answer with a status instead: nothing of the audit trail leaves.
      const exported = await second.request.get("/admin/audit/export", { maxRedirects: 0 });
      expect(exported.status()).toBe(404);
      expect(await exported.text()).not.toContain("auth.sign-in");
      // Once they enrol, the same account reaches the admin pages.
      await enrol(second, other);
      await second.goto("/admin/users");
      await expect(second.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
    } finally {
      await context.close();
    }

    // The enrolled admin puts the policy back (their session is still open).
    await page.goto("/admin/security");
    await page.getByLabel("Optional for everyone", { exact: true }).check();
    await page.getByLabel("Your own password").fill(policyAdmin.password);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved. It applies from everyone's next page.")).toBeVisible();
  });
});
