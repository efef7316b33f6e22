// Three jest projects: pure domain (node), components (jsdom + Testing Library) and integration
// (server actions and data layer on a real temporary database). Browser tests run under Playwright.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: __dirname });

// The engine-less Prisma client loads its query compiler through dynamic import() of .mjs files in
// @prisma/client/runtime, which jest only runs when they are transformed. flesch-kincaid and syllable
// are ESM only: the patient copy's readability test needs them transformed too. otplib's default plugins
// use @scure/base and @noble/hashes (the latter nested under @otplib/plugin-crypto-noble), ESM only too.
const transformIgnorePatterns = [
  "/node_modules/(?!(@prisma/client/runtime|flesch-kincaid|syllable|@scure/base|@noble/hashes|@otplib/plugin-crypto-noble)/)",
  "^.+\\.module\\.(css|sass|scss)$",
];

const shared = {
  moduleNameMapper: {
    "^server-only$": "<rootDir>/__tests__/support/empty-module.js",
    "^@/(.*)$": "<rootDir>/$1",
  },
};

async function project(config) {
  const built = await createJestConfig({ ...shared, ...config })();
  return { ...built, transformIgnorePatterns };
}

module.exports = async () => ({
  projects: [
    await project({
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/unit/**/*.test.ts"],
    }),
    await project({
      displayName: "components",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/__tests__/components/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/__tests__/support/jest-dom-setup.ts"],
    }),
    await project({
      displayName: "integration",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/integration/**/*.test.ts"],
      globalSetup: "<rootDir>/__tests__/support/integration-global-setup.js",
      globalTeardown: "<rootDir>/__tests__/support/integration-global-teardown.js",
      setupFiles: ["<rootDir>/__tests__/support/integration-env.js"],
      setupFilesAfterEnv: ["<rootDir>/__tests__/support/integration-mocks.ts"],
    }),
    // Two `next start` instances on one PostgreSQL database; selected only under with-test-postgres.sh.
    ...(process.env.TEST_DATABASE_URL
      ? [await project({ displayName: "scale", testEnvironment: "node", testMatch: ["<rootDir>/__tests__/scale/**/*.test.ts"] })]
      : []),
  ],
});
