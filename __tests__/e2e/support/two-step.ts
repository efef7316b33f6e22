import { expect, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import type { Account } from "../helpers";

/**
 * Two-step sign-in as a person does it in the browser: the password, the setup page (the key read off the
 * page, codes made here by otplib as an authenticator app would), the code page, signing out.
 */

const STEP_MS = 30_000;
export const currentStep = () => Math.floor(Date.now() / STEP_MS);

/** What an authenticator app shows now for this key. */
export const appCode = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });

/** A code is accepted once: wait, as a person would, until the app shows the next one. */
export async function waitForStepAfter(step: number) {
  while (currentStep() <= step) await new Promise((resolve) => setTimeout(resolve, 500));
}

export async function submitPassword(page: Page, who: Account) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * Reads the manual key off the setup page, confirms it with a code and the password. Returns the key, the
 * step used and the recovery codes the page showed (once).
 */
export async function enrol(page: Page, who: Account): Promise<{ secret: string; step: number; recoveryCodes: string[] }> {
  await expect(page.getByRole("heading", { name: "Set up two-step sign-in" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const secret = ((await page.getByLabel("Setup key").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const step = currentStep();
  await page.getByLabel("6-digit code from the app").fill(appCode(secret));
  await page.getByLabel("Your password").fill(who.password);
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText("Two-step sign-in is on.")).toBeVisible();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());
  await page.getByRole("link", { name: "I have saved my recovery codes, continue" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  return { secret, step, recoveryCodes };
}

export async function enterCode(page: Page, code: string) {
  await page.getByLabel("6-digit code from your authenticator app").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
}
