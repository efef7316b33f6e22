// Migrates one template database before the integration tests; each test file then gets its own copy
// (SQLite) or its own freshly migrated schema (PostgreSQL, when TEST_DATABASE_URL is postgresql://).
const { execFileSync } = require("node:child_process");
const { mkdirSync, rmSync } = require("node:fs");
const path = require("node:path");

module.exports = async function globalSetup() {
  if ((process.env.TEST_DATABASE_URL || "").startsWith("postgres")) return;
  // One folder per jest run, so runs in parallel (several developers, CI) never share files.
  const dir = path.join(__dirname, "..", "..", "data", "test", `run-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  process.env.MASSAGERX_TEST_DB_DIR = dir;
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["tsx", "-e", `require("./lib/db/prepare-database").migrateDatabase("file:${template}", { quiet: true })`], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: "inherit",
  });
};
