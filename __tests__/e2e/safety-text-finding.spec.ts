import { expect, test } from "@playwright/test";
import { createAccount, screenshot, signIn, uniqueTag } from "./helpers";
import { chooseCondition, fillIntake, KNEE_COMPLAINT, KNEE_OA, saveReferral, suggest } from "./support/intake";

// Issue 18: a contraindication typed rather than ticked is found in the text, ticks its box with the
// words beside it, and can be unticked only with a reason, which the referral sheet prints.
test("'on apixaban' typed in the medications ticks the bleeding box; unticking needs a reason, which the sheet shows", async ({ page }) => {
  const clinician = createAccount("clinician", "textflag");
  const patient = `Text Flag Patient ${uniqueTag()}`;
  await signIn(page, clinician);
  await page.goto("/intake");
  await fillIntake(page, { patientName: patient, complaint: KNEE_COMPLAINT });
  const box = page.getByRole("checkbox", { name: /Bleeding risk/ });
  await expect(box).not.toBeChecked();

  await page.getByLabel("Medications").fill("on apixaban 5 mg twice daily");
  await expect(box).toBeChecked();
  await expect(page.getByTestId("found-bleeding")).toHaveText("Found in the text: 'apixaban' (medications)");
  await screenshot(page, "intake-found-in-text");

  // Keyboard: Space unticks, and focus lands on the reason it now needs.
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).not.toBeChecked();
  const reason = page.getByLabel(/Why Bleeding risk does not apply now/);
  await expect(reason).toBeFocused();
  await page.getByRole("button", { name: /^Suggest/ }).click();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("heading", { name: "Suggestions", level: 2 })).toHaveCount(0);

  await reason.fill("The patient stopped apixaban three months ago");
  await suggest(page);
  await chooseCondition(page, KNEE_OA);
  const id = await saveReferral(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(patient);

  await page.goto(`/referrals/${id}/print`);
  // The section a heading names (#sheet-… is the heading itself).
  const overrides = page.locator('section[aria-labelledby="sheet-overrides"]');
  await expect(overrides).toContainText(
    'Safety finding set aside by the referring clinician: Bleeding risk, found in the text: "apixaban"',
  );
  await expect(overrides).toContainText("The patient stopped apixaban three months ago");
  // Set aside, so not applied: no bleeding precaution is printed for the therapist.
  const precautions = page.locator('section[aria-labelledby="sheet-precautions"]');
  await expect(precautions).toBeVisible();
  await expect(precautions).not.toContainText("Bleeding risk");
});
