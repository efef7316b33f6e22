import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB_FILE } from "../../playwright.config";
import { createAccount } from "./helpers";

// Issue 19 failure 1, against the build: the test server runs without TRUST_PROXY, as a plain `npm start`
// does, so a client-chosen X-Forwarded-For must be ignored — the audit trail records the socket address,
// never the forged value (which the red team used to escape the per-IP lockout and to write "<script>" and
// "=1+1" into the trail). The lockout itself is not sprayed here: it would lock every other spec out of
// this loopback address; lib/auth/request-ip.ts's unit test covers the address choice for every header shape.
test("a forged X-Forwarded-For on a failed sign-in is not what the audit trail records", async ({ browser }) => {
  const clinician = createAccount("clinician", "forwarded-for");
  for (const forged of ["203.0.113.77", "<script>alert(1)</script>", "=1+1"]) {
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": forged, "X-Real-IP": forged } });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(clinician.email);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#login-error")).toContainText("Email or password is incorrect");
    await context.close();
  }

  const sqlite = new Database(E2E_DB_FILE, { readonly: true });
  try {
    const user = sqlite.prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(clinician.email) as { id: string };
    const rows = sqlite
      .prepare(`SELECT "ip" FROM "AuditEvent" WHERE "userId" = ? AND "action" = 'auth.sign-in' AND "outcome" = 'failure'`)
      .all(user.id) as { ip: string | null }[];
    expect(rows).toHaveLength(3);
    for (const { ip } of rows) {
      expect(ip).not.toMatch(/203\.0\.113|script|=1\+1/);
      expect(ip).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
    }
  } finally {
    sqlite.close();
  }
});
