import { expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { E2E_DB_FILE } from "../../playwright.config";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "massage-demo-2026";
export const CLINICIAN = { email: "clinician@massagerx.test", password: DEMO_PASSWORD, name: "Dr. Dana Demo" };
export const ADMIN = { email: "admin@massagerx.test", password: DEMO_PASSWORD, name: "Avery Admin" };

const ROOT = path.join(__dirname, "..", "..");

export interface Account {
  email: string;
  password: string;
  name: string;
}

/** A short random tag, so names and emails made by one test never collide with another's. */
export function uniqueTag(): string {
  return randomBytes(4).toString("hex");
}

/**
 * A fresh account of its own for one test, made with the operator command (`npm run user:create`) against
 * the test server's database, so tests never share (and never depend on) each other's referrals.
 */
export function createAccount(role: "clinician" | "admin", label: string, dbFile = E2E_DB_FILE): Account {
  const tag = uniqueTag();
  const account = {
    email: `${label}-${tag}@e2e.test`,
    password: `e2e pass ${tag} ${randomBytes(6).toString("hex")}`,
    name: `${label} ${tag}`,
  };
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
      "scripts/user-create.ts",
      "--email",
      account.email,
      "--name",
      account.name,
      "--role",
      role,
      "--credentials",
      "MD",
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${dbFile}`, USER_PASSWORD: account.password },
      stdio: "pipe",
    },
  );
  return account;
}

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

/** Screenshots for reviewers, in a git-ignored folder. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  const dir = path.join(ROOT, "e2e-artifacts", "screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: options.fullPage ?? true });
}
