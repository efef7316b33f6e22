import { expect, test } from "@playwright/test";
import { createAccount, screenshot, signIn, uniqueTag } from "./helpers";
import { expectAccessible } from "./support/a11y";
import { chooseCondition, createReferral, fillIntake, KNEE_COMPLAINT, KNEE_OA, suggest } from "./support/intake";

// Issue 8: axe-core with the WCAG 2.2 A/AA rules on every page a clinician sees, including the error
// states: no serious or critical violation. Each axe run takes seconds on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test("sign-in page, its error state and the 404 page", async ({ page }) => {
  await page.goto("/login");
  await expectAccessible(page, "login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email").or(page.getByRole("alert")).first()).toBeVisible();
  await expectAccessible(page, "login with validation errors");
  await page.goto("/login?reason=idle");
  await expectAccessible(page, "login after idle sign-out");

  await signIn(page, createAccount("clinician", "a11y-404"));
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectAccessible(page, "404");
  await screenshot(page, "not-found");
});

test("home, intake (empty, with errors, with suggestions and a chosen dose) and account", async ({ page }) => {
  await signIn(page, createAccount("clinician", "a11y-intake"));
  await expectAccessible(page, "home");

  await page.goto("/intake");
  await expectAccessible(page, "intake (empty)");
  await screenshot(page, "intake-empty");
  await page.getByRole("button", { name: "Suggest" }).click();
  await expect(page.getByLabel("Patient name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "intake (validation errors)");
  await screenshot(page, "intake-errors");

  await fillIntake(page, {
    patientName: `A11y Patient ${uniqueTag()}`,
    complaint: KNEE_COMPLAINT,
    safetyFindings: ["Deep vein thrombosis"],
  });
  await suggest(page);
  await expectAccessible(page, "intake (suggestions, deferred)");
  await chooseCondition(page, KNEE_OA);
  await page.getByRole("spinbutton", { name: "Minutes per session" }).fill("30");
  await page.getByRole("button", { name: "Save referral" }).click();
  await expect(page.getByLabel("Reason", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "intake (dose change, save errors)");

  // The no-match state, where the clinician picks a condition by hand.
  await page.goto("/intake");
  await fillIntake(page, { patientName: `A11y Nomatch ${uniqueTag()}`, complaint: "Wants a relaxing massage for general wellbeing" });
  await suggest(page);
  await expectAccessible(page, "intake (no match)");

  await page.goto("/account");
  await expectAccessible(page, "account");
});

test("referrals list (empty and filled), referral detail and print view", async ({ page }) => {
  await signIn(page, createAccount("clinician", "a11y-referrals"));
  await page.goto("/referrals");
  await expect(page.getByText("No referrals yet.")).toBeVisible();
  await expectAccessible(page, "referrals (empty)");

  const id = await createReferral(page, { patientName: `A11y Sheet ${uniqueTag()}`, complaint: KNEE_COMPLAINT }, KNEE_OA);
  await expectAccessible(page, "referral detail");
  await page.getByRole("button", { name: "Mark sent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status changed to Sent." })).toBeVisible();
  await expectAccessible(page, "referral detail after a status change");

  await page.goto(`/referrals/${id}/print`);
  await expectAccessible(page, "print view");
  await page.emulateMedia({ media: "print" });
  await expectAccessible(page, "print view (print media)");
  await page.emulateMedia({ media: "screen" });

  await page.goto("/referrals");
  await expect(page.getByRole("table", { name: "Referrals, newest first" })).toBeVisible();
  await expectAccessible(page, "referrals list");
  await screenshot(page, "referrals-list");
});

test("evidence library, a condition page and the safety rules", async ({ page }) => {
  await signIn(page, createAccount("clinician", "a11y-evidence"));
  for (const [path, label] of [
    ["/evidence", "evidence library"],
    ["/evidence/knee-osteoarthritis", "condition page"],
    ["/evidence/cancer-related-symptoms", "condition page (no frequency established)"],
    ["/evidence/safety", "safety rules"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, label);
  }
});
