import { expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "massage-demo-2026";
export const CLINICIAN = { email: "clinician@massagerx.test", password: DEMO_PASSWORD, name: "Dr. Dana Demo" };
export const ADMIN = { email: "admin@massagerx.test", password: DEMO_PASSWORD, name: "Avery Admin" };

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

/** Screenshots for reviewers, in a git-ignored folder. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  const dir = path.join(__dirname, "..", "..", "e2e-artifacts", "screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: options.fullPage ?? true });
}
