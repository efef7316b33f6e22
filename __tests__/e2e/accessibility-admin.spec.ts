import { expect, test } from "@playwright/test";
import { ADMIN, screenshot, signIn } from "./helpers";
import { expectAccessible } from "./support/a11y";

// Issue 8: axe-core (WCAG 2.2 A/AA) on every admin page, including a form's error state. One test per
// area, each with room for several axe runs (each takes seconds on a loaded machine).
test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ page }) => signIn(page, ADMIN));

test("admin: curation overview, edit forms and a form's error state", async ({ page }) => {
  await expectAccessible(page, "admin home");
  await page.goto("/admin/evidence");
  await expectAccessible(page, "admin evidence");
  await screenshot(page, "admin-evidence");

  await page.goto("/admin/evidence/recommendations/knee-osteoarthritis-dose");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit recommendation");
  await expectAccessible(page, "admin edit recommendation");
  // Saving without the required reason shows the form's error state; nothing is saved.
  await page.getByRole("button", { name: "Save recommendation" }).click();
  await expect(page.getByLabel("Why are you making this change? (required)")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "admin edit recommendation (errors)");
  await screenshot(page, "admin-edit-recommendation-errors");
});

test("admin: other edit forms and the version history", async ({ page }) => {
  for (const [path, label] of [
    ["/admin/evidence/safety-rules/dvt", "admin edit safety rule"],
    ["/admin/evidence/studies/perlman-2019", "admin edit study"],
    ["/admin/evidence/conditions/new", "admin new condition"],
    ["/admin/evidence/history", "admin evidence history"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, label);
  }
  await screenshot(page, "admin-evidence-history");
});

test("admin: users, one user, the new-user form with errors", async ({ page }) => {
  await page.goto("/admin/users");
  await expectAccessible(page, "admin users");
  await screenshot(page, "admin-users");
  await page.getByRole("link", { name: "Dr. Dana Demo, MD" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dr. Dana Demo, MD" })).toBeVisible();
  await expectAccessible(page, "admin user");
  await page.goto("/admin/users/new");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "admin new user (errors)");
});

test("admin: audit log and all referrals", async ({ page }) => {
  await page.goto("/admin/audit");
  await expect(page.getByRole("table", { name: "Audit events, newest first" })).toBeVisible();
  await expectAccessible(page, "admin audit log");
  await screenshot(page, "admin-audit");
  await page.goto("/referrals");
  await expect(page.getByRole("heading", { level: 1, name: "All referrals" })).toBeVisible();
  await expectAccessible(page, "all referrals (admin)");
});
