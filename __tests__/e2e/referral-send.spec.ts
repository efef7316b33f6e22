import { expect, test } from "@playwright/test";
import { createAccount, signIn, uniqueTag } from "./helpers";
import { expectAccessible } from "./support/a11y";
import { createReferral, KNEE_COMPLAINT, KNEE_OA } from "./support/intake";

// Issue 16, clinician's side in a real browser: send a final referral from its page (choose, confirm),
// see to whom and when, then the printed sheet's short code and QR code, and /r/<code> opening it.
// Its own clinician and referral; the demo therapist gets one more referral with a unique patient name.
test("send to the demo therapist, then the sheet's code opens the referral", async ({ page }) => {
  await signIn(page, createAccount("clinician", "send-panel"));
  const id = await createReferral(page, { patientName: `Send Panel ${uniqueTag()}`, complaint: KNEE_COMPLAINT }, KNEE_OA);
  const panel = page.locator('section[aria-labelledby="send-title"]');
  await panel.getByRole("radio", { name: /Terry Therapist/ }).check();
  await panel.getByRole("button", { name: "Send to therapist" }).click();
  await expect(panel.getByText(/Send this referral to Terry Therapist\?/)).toBeFocused();
  await panel.getByRole("button", { name: "Confirm and send" }).click();
  await expect(panel.getByTestId("sent-to")).toContainText(/Sent to Terry Therapist .* on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC — Sent\./);
  await expectAccessible(page, "referral detail after sending");

  await page.goto(`/referrals/${id}/print`);
  const codeSection = page.locator('section[aria-labelledby="sheet-code"]');
  await expect(codeSection.getByRole("img", { name: /^QR code for http.*\/r\/[0-9A-Z]{4}-[0-9A-Z]{4}$/ })).toBeVisible();
  const heading = (await codeSection.getByRole("heading").textContent()) ?? "";
  const code = /([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(heading)?.[1] ?? "";
  expect(code).not.toBe("");

  await page.goto(`/r/${code.toLowerCase()}`);
  await expect(page).toHaveURL(new RegExp(`/referrals/${id}$`));
  const unknown = await page.goto("/r/ZZZZ-ZZZZ");
  expect(unknown?.status()).toBe(404);
});
