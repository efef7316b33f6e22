import { expect, test } from "@playwright/test";
import { createAccount, screenshot, signIn } from "./helpers";

// Issue 3 in a browser: a clinician finds a condition's dose, certainty and studies, and the safety rules.
test("the evidence library lists conditions, each with its dose, certainty and studies, and the safety rules", async ({ page }) => {
  await signIn(page, createAccount("clinician", "library"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evidence library" })).toBeVisible();
  for (const name of ["Knee osteoarthritis", "Chronic non-specific neck pain", "Fibromyalgia"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await screenshot(page, "evidence-library");

  await page.getByRole("link", { name: "Fibromyalgia", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fibromyalgia" })).toBeVisible();
  // The evidence gives no session length: the page says so instead of inventing one.
  await expect(page.getByText("not established by the evidence").first()).toBeVisible();
  await expect(page.getByText(/Brattberg/).first()).toBeVisible();
  await expect(page.getByText(/M79\.7/).first()).toBeVisible();
  await screenshot(page, "evidence-condition");

  await page.getByRole("link", { name: "← Evidence library" }).click();
  await page.getByRole("link", { name: "Safety rules" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Safety rules" })).toBeVisible();
  await expect(page.getByText("Deep vein thrombosis").first()).toBeVisible();
  await expect(page.getByText(/Do not refer until DVT excluded/).first()).toBeVisible();
  await screenshot(page, "evidence-safety-rules");
});
