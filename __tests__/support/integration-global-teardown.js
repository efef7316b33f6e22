const { execFileSync } = require("node:child_process");
const { rmSync } = require("node:fs");

module.exports = async function globalTeardown() {
  const dir = process.env.MASSAGERX_TEST_DB_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
  const template = process.env.MASSAGERX_PG_TEMPLATE;
  const pgUrl = process.env.TEST_DATABASE_URL || "";
  if (template && pgUrl) {
    const list = execFileSync("psql", [pgUrl, "-At", "-c", `SELECT datname FROM pg_database WHERE datname LIKE '${template}%'`]).toString();
    for (const name of list.split("\n").filter(Boolean).sort().reverse()) {
      execFileSync("psql", [pgUrl, "-q", "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: "pipe" });
    }
  }
};
