// Runs before each integration test file: points DATABASE_URL at a database of its own.
const { copyFileSync } = require("node:fs");
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { randomUUID } = require("node:crypto");

const root = path.join(__dirname, "..", "..");
const testUrl = process.env.TEST_DATABASE_URL || "";
const id = randomUUID().replace(/-/g, "").slice(0, 12);

if (testUrl.startsWith("postgres")) {
  const url = new URL(testUrl);
  url.searchParams.set("schema", `t_${id}`);
  process.env.DATABASE_URL = url.toString();
  const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
  execFileSync(process.execPath, [prisma, "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "pipe",
  });
} else {
  const dir = process.env.MASSAGERX_TEST_DB_DIR;
  if (!dir) throw new Error("integration-global-setup did not run");
  const file = path.join(dir, `${id}.db`);
  copyFileSync(path.join(dir, "template.db"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET || "integration-test-secret-not-for-production";
