import { expect, test } from "@playwright/test";
import { createAccount, screenshot, signIn, uniqueTag } from "./helpers";
import { chooseCondition, fillIntake, KNEE_COMPLAINT, KNEE_OA, saveReferral, suggest } from "./support/intake";

// Issue 5: a defer-level safety finding blocks the referral and says what to do instead; saving is
// possible only with a written override, which the sheet then prints.
test("a suspected DVT defers the referral until the clinician records an override", async ({ page }) => {
  const clinician = createAccount("clinician", "defer");
  const patient = `Defer Patient ${uniqueTag()}`;
  await signIn(page, clinician);
  await page.goto("/intake");
  await fillIntake(page, { patientName: patient, complaint: KNEE_COMPLAINT, safetyFindings: ["Deep vein thrombosis"] });
  // The checklist warns as soon as the box is ticked.
  await expect(page.getByRole("alert").filter({ hasText: "Defer:" })).toContainText("Do not refer until DVT excluded");

  await suggest(page);
  const banner = page.getByRole("alert").filter({ hasText: "the safety screen defers this patient" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("What to do instead: Do not refer until DVT excluded/treated");
  await screenshot(page, "intake-deferred");

  await chooseCondition(page, KNEE_OA);
  await page.getByRole("button", { name: "Save referral" }).click();
  const override = page.getByLabel("Reason for referring despite the safety screen");
  await expect(override).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("The safety screen advises against referral now")).toBeVisible();
  await expect(page).toHaveURL(/\/intake$/);

  await override.fill("Duplex ultrasound negative today; vascular team agrees");
  await saveReferral(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(patient);
  await expect(page.getByText("Duplex ultrasound negative today; vascular team agrees")).toBeVisible();
});
