import { expect, test } from "@playwright/test";
import { CLINICIAN, screenshot, signIn } from "./helpers";

test("a protected page sends an anonymous visitor to the sign-in page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "MassageRx" })).toBeVisible();
});

test("a wrong password shows one generic message and keeps the email", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(CLINICIAN.email);
  await page.getByLabel("Password").fill("definitely-wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(CLINICIAN.email);
  await screenshot(page, "login-error");
});

test("the demo clinician signs in, sees their name in the header, and signs out", async ({ page }) => {
  await signIn(page, CLINICIAN);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Dr. Dana Demo, MD");
  await screenshot(page, "home");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});
