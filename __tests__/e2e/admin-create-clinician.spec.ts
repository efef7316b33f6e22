import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { ADMIN, screenshot, signIn, uniqueTag } from "./helpers";

// Issue 7: an admin creates a clinician with a temporary password; the clinician must choose their own
// at first sign-in, and only then reaches the app.
test("an admin creates a clinician, who signs in and must first choose a new password", async ({ browser }) => {
  const tag = uniqueTag();
  const email = `new-clinician-${tag}@e2e.test`;
  const temporary = `temporary ${randomBytes(6).toString("hex")}`;
  const chosen = `my own secret ${randomBytes(6).toString("hex")}`;

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await admin.getByRole("link", { name: "New account" }).click();
  await admin.getByLabel("Full name").fill(`Casey Created ${tag}`);
  await admin.getByLabel("Credentials (e.g. MD, PT)").fill("PT");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Role").selectOption({ label: "Clinician" });
  await admin.getByLabel("Initial password (the person must change it at first sign-in)").fill(temporary);
  await screenshot(admin, "admin-new-user");
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Casey Created ${tag}, PT` })).toBeVisible();
  await expect(admin.getByText("must change password at next sign-in")).toBeVisible();
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(temporary);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  // Nothing else opens until the password is changed.
  await page.goto("/referrals");
  await expect(page).toHaveURL(/\/change-password$/);
  await screenshot(page, "forced-password-change");

  await page.getByLabel("Current password").fill(temporary);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("New password again").fill(chosen);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveText(`Casey Created ${tag}, PT`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, Casey Created ${tag}`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The temporary password no longer works; the chosen one does.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(temporary);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await signIn(page, { email, password: chosen });
  await context.close();
});
