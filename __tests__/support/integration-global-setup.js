// Migrates one template database before the integration tests; each test file then gets its own copy:
// a copied SQLite file, or (when TEST_DATABASE_URL is postgresql://) CREATE DATABASE … TEMPLATE.
const { execFileSync } = require("node:child_process");
const { mkdirSync, rmSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..", "..");

function migrate(url) {
  execFileSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "pipe",
  });
}

module.exports = async function globalSetup() {
  const pgUrl = process.env.TEST_DATABASE_URL || "";
  if (pgUrl.startsWith("postgres")) {
    const template = `mrx_tmpl_${process.pid}`;
    execFileSync("psql", [pgUrl, "-q", "-c", `CREATE DATABASE ${template}`], { stdio: "pipe" });
    const url = new URL(pgUrl);
    url.pathname = `/${template}`;
    migrate(url.toString());
    process.env.MASSAGERX_PG_TEMPLATE = template;
    return;
  }
  // One folder per jest run, so runs in parallel (several developers, CI) never share files.
  const dir = path.join(root, "data", "test", `run-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.env.MASSAGERX_TEST_DB_DIR = dir;
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["tsx", "-e", `require("./lib/db/prepare-database").migrateDatabase("file:${template}", { quiet: true })`], {
    cwd: root,
    stdio: "inherit",
  });
};
