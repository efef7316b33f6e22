import { expect, test, type Locator, type Page } from "@playwright/test";
import { createAccount, screenshot, signIn, uniqueTag } from "./helpers";
import { KNEE_COMPLAINT, KNEE_OA } from "./support/intake";

/**
 * Presses Tab until `target` has the focus, failing if it never gets there: proves the control is
 * reachable in the tab order (WCAG 2.1.1) without the mouse.
 */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Never reached ${target.toString()} with Tab`);
}

// Issue 5/8: the whole intake, from the form to the saved referral, with the keyboard alone.
test("a clinician completes the whole intake with the keyboard alone", async ({ page }) => {
  await signIn(page, createAccount("clinician", "keyboard"));
  const patient = `Keyboard Patient ${uniqueTag()}`;
  await page.goto("/intake");
  // Start from the top of the page, as after a page load.
  await page.locator("body").focus();

  // The skip link is the first stop and lands in the main content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();

  await tabTo(page, page.getByLabel("Patient name"));
  await page.keyboard.type(patient);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Date of birth")).toBeFocused();
  await page.keyboard.type("03121961");
  await expect(page.getByLabel("Date of birth")).toHaveValue("1961-03-12");
  await tabTo(page, page.getByLabel("Sex"));
  // Typing on a focused select picks the matching option, as a keyboard user would.
  await page.keyboard.type("Female");
  await expect(page.getByLabel("Sex")).toHaveValue("female");

  await tabTo(page, page.getByLabel("Complaint", { exact: true }));
  await page.keyboard.type(KNEE_COMPLAINT);
  await tabTo(page, page.getByRole("checkbox", { name: "Knees", exact: true }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "Knees", exact: true })).toBeChecked();
  await tabTo(page, page.getByLabel("Pain intensity (0-10)"));
  await page.keyboard.type("5");

  // Enter in a field asks for a suggestion (never saves).
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Suggestions", level: 2 })).toBeVisible();

  const choose = page.getByRole("button", { name: `Refer for ${KNEE_OA}` });
  await tabTo(page, choose, 120);
  await page.keyboard.press("Enter");
  // Choosing moves the focus to the dose editor, so the keyboard user does not tab back through the cards.
  await expect(page.getByRole("heading", { name: `Referral for ${KNEE_OA}` })).toBeFocused();

  const weeks = page.getByRole("spinbutton", { name: "Number of weeks" });
  await tabTo(page, weeks);
  await page.keyboard.press("ArrowUp");
  await expect(weeks).toHaveValue("9");
  const reason = page.getByLabel("Reason", { exact: true });
  await tabTo(page, reason);
  await page.keyboard.type("Clinical");
  await expect(reason).toHaveValue("clinical-judgement");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Explain the change")).toBeFocused();
  await page.keyboard.type("One extra week to taper off");
  await screenshot(page, "keyboard-intake-ready-to-save");

  await tabTo(page, page.getByRole("button", { name: "Save referral" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/referrals\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(patient);
  await expect(page.getByTestId("prescription-line")).toContainText("for 9 weeks");
});
