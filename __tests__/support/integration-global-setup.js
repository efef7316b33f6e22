// Migrates one template database before the integration tests; each test file then gets its own copy
// (SQLite) or its own freshly migrated schema (PostgreSQL, when TEST_DATABASE_URL is postgresql://).
const { execFileSync } = require("node:child_process");
const { mkdirSync, rmSync } = require("node:fs");
const path = require("node:path");

module.exports = async function globalSetup() {
  if ((process.env.TEST_DATABASE_URL || "").startsWith("postgres")) return;
  const dir = path.join(__dirname, "..", "..", "data", "test");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["tsx", "-e", `require("./lib/db/prepare-database").migrateDatabase("file:${template}", { quiet: true })`], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: "inherit",
  });
};
