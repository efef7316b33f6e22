import { expect, test, type Browser } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_LOCKOUT_DB_FILE, LOCKOUT_MAX_FAILURES_PER_IP, LOCKOUT_PORT } from "../../playwright.config";
import { createAccount, uniqueTag } from "./helpers";

// Issue 19 failure 1, the lockout half, against the build: the red team escaped the per-IP lockout by
// sending a fresh X-Forwarded-For with every guess (password spraying, one guess per account). This server
// (playwright.config.ts, "isolated" project) has its own database and a per-IP limit of
// LOCKOUT_MAX_FAILURES_PER_IP (the per-account limit out of reach), and runs without TRUST_PROXY like a
// plain `npm start`: the failures must all count against the socket's address, so the lockout comes all
// the same, and then even the right password of an untouched account is refused from that address.
test.use({ baseURL: `http://localhost:${LOCKOUT_PORT}` });

const SIGN_IN_FAILED = "Email or password is incorrect, or the account is locked.";
const LOOPBACK = /^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/;

/** One sign-in from a browser of its own that claims to come from `forged`. Returns the message shown, or "signed in". */
async function signInFrom(browser: Browser, forged: string, email: string, password: string): Promise<string> {
  const context = await browser.newContext({
    baseURL: `http://localhost:${LOCKOUT_PORT}`,
    extraHTTPHeaders: { "X-Forwarded-For": forged, "X-Real-IP": forged, Forwarded: `for=${forged}` },
  });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const outcome = page.getByTestId("signed-in-user").or(page.locator("#login-error"));
    await expect(outcome).toBeVisible();
    return (await page.getByTestId("signed-in-user").count()) > 0
      ? "signed in"
      : ((await page.locator("#login-error").textContent()) ?? "");
  } finally {
    await context.close();
  }
}

function throttleRows(): { key: string; failures: number; lockedUntil: string | number | null }[] {
  const sqlite = new Database(E2E_LOCKOUT_DB_FILE, { readonly: true });
  try {
    return sqlite.prepare(`SELECT "key", "failures", "lockedUntil" FROM "LoginThrottle" WHERE "key" LIKE 'ip:%'`).all() as {
      key: string;
      failures: number;
      lockedUntil: string | number | null;
    }[];
  } finally {
    sqlite.close();
  }
}

test("a spray of failed sign-ins, each with a fresh forged X-Forwarded-For, still locks out the socket's address", async ({ browser }) => {
  test.setTimeout(120_000);
  const target = createAccount("clinician", "spray-target", E2E_LOCKOUT_DB_FILE);
  // Control: from this address the account signs in before the spray.
  expect(await signInFrom(browser, "198.51.100.1", target.email, target.password)).toBe("signed in");

  // The spray: one guess per (made-up) account, each from a different claimed address.
  for (let i = 0; i < LOCKOUT_MAX_FAILURES_PER_IP; i++) {
    const message = await signInFrom(browser, `203.0.113.${10 + i}`, `sprayed-${uniqueTag()}@e2e.test`, "Password1!");
    expect(message).toContain(SIGN_IN_FAILED);
  }

  // The right password of the untouched account, from yet another claimed address, is refused: the
  // address that counted is the socket's, and it is locked.
  expect(await signInFrom(browser, "192.0.2.200", target.email, target.password)).toContain(SIGN_IN_FAILED);

  const rows = throttleRows();
  // No counter was ever kept for a forged address: every one went to the loopback address.
  expect(rows.map((r) => r.key.slice("ip:".length)).filter((ip) => !LOOPBACK.test(ip))).toEqual([]);
  const socket = rows.find((r) => LOOPBACK.test(r.key.slice("ip:".length)));
  expect(socket?.failures).toBeGreaterThanOrEqual(LOCKOUT_MAX_FAILURES_PER_IP);
  expect(socket?.lockedUntil).not.toBeNull();

  // The audit trail says why the right password was refused: locked (the account's own counter is clear).
  const sqlite = new Database(E2E_LOCKOUT_DB_FILE, { readonly: true });
  try {
    const user = sqlite.prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(target.email) as { id: string };
    const last = sqlite
      .prepare(
        `SELECT "outcome", "detail", "ip" FROM "AuditEvent" WHERE "userId" = ? AND "action" = 'auth.sign-in' ORDER BY "id" DESC LIMIT 1`,
      )
      .get(user.id) as { outcome: string; detail: string; ip: string };
    expect(last).toMatchObject({ outcome: "failure", detail: "locked" });
    expect(last.ip).toMatch(LOOPBACK);
  } finally {
    sqlite.close();
  }
});
