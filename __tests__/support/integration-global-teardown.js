const { rmSync } = require("node:fs");

module.exports = async function globalTeardown() {
  const dir = process.env.MASSAGERX_TEST_DB_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
};
