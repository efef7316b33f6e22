// Runs before each integration test file: points DATABASE_URL at a database of its own, copied from the
// template that integration-global-setup migrated.
const { copyFileSync } = require("node:fs");
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { randomUUID } = require("node:crypto");

const testUrl = process.env.TEST_DATABASE_URL || "";
const id = randomUUID().replace(/-/g, "").slice(0, 12);

if (testUrl.startsWith("postgres")) {
  const template = process.env.MASSAGERX_PG_TEMPLATE;
  if (!template) throw new Error("integration-global-setup did not run");
  const name = `${template}_${id}`;
  execFileSync("psql", [testUrl, "-q", "-c", `CREATE DATABASE ${name} TEMPLATE ${template}`], { stdio: "pipe" });
  const url = new URL(testUrl);
  url.pathname = `/${name}`;
  // PostgreSQL starts with two-step sign-in required for admins (lib/domain/auth/two-step-policy.ts), the
  // embedded database with it optional. Tests of other features sign admins in with a password on both;
  // the two-step tests set the policy themselves, and one checks this default with the row removed.
  execFileSync(
    "psql",
    [
      url.toString(),
      "-q",
      "-c",
      `INSERT INTO "SecuritySetting" ("key", "value", "updatedAt") VALUES ('two-step-policy', 'optional', now())`,
    ],
    { stdio: "pipe" },
  );
  process.env.DATABASE_URL = url.toString();
} else {
  const dir = process.env.MASSAGERX_TEST_DB_DIR;
  if (!dir) throw new Error("integration-global-setup did not run");
  const file = path.join(dir, `${id}.db`);
  copyFileSync(path.join(dir, "template.db"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET || "integration-test-secret-not-for-production";
