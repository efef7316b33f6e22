import { expect, test } from "@playwright/test";
import { IDLE_TIMEOUT_SECONDS, E2E_IDLE_DB_FILE } from "../../playwright.config";
import { createAccount, screenshot, signIn } from "./helpers";
import { expectAccessible } from "./support/a11y";

// Security property 13 (HIPAA automatic logoff): runs against the second test server, whose idle timeout
// is IDLE_TIMEOUT_SECONDS (20 s). Every wait is on a condition, bounded by a generous timeout.
const WAIT = { timeout: IDLE_TIMEOUT_SECONDS * 3 * 1000 };

test("an idle clinician is warned, then signed out, and must sign in again", async ({ page }) => {
  await signIn(page, createAccount("clinician", "idle", E2E_IDLE_DB_FILE));
  await page.goto("/referrals");
  const warning = page.getByRole("alertdialog", { name: "Are you still there?" });
  await expect(warning).toBeVisible(WAIT);
  await expect(warning.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await expectAccessible(page, "idle warning");
  await screenshot(page, "idle-warning");

  await expect(page).toHaveURL(/\/login\?reason=idle$/, WAIT);
  await expect(page.getByRole("status")).toContainText("signed out after a period of inactivity");
  await screenshot(page, "idle-signed-out");
  // The session is over on the server too: protected pages send the browser to sign in.
  await page.goto("/referrals");
  await expect(page).toHaveURL(/\/login$/);
});

test("'Stay signed in' keeps the session going past the idle timeout", async ({ page }) => {
  await signIn(page, createAccount("clinician", "stay", E2E_IDLE_DB_FILE));
  const warning = page.getByRole("alertdialog", { name: "Are you still there?" });
  await expect(warning).toBeVisible(WAIT);
  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();
  // Warned again only after a fresh idle period: by then the first period (from sign-in) has run out,
  // so a session that "Stay signed in" had not extended would already be over.
  await expect(warning).toBeVisible(WAIT);
  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();
  await page.goto("/referrals");
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
});
