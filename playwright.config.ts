import { defineConfig } from "@playwright/test";
import path from "node:path";

/**
 * Browser tests: Debian's Chromium against a production build (next build + next start) on a fresh
 * temporary SQLite database, created by scripts/e2e-server.ts. No browser download.
 */
const PORT = Number(process.env.E2E_PORT ?? 3107);
export const E2E_DB_FILE = path.join(__dirname, "data", "e2e", "e2e.db");

export default defineConfig({
  testDir: "__tests__/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: `npx tsx scripts/e2e-server.ts`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:${E2E_DB_FILE}`,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_IDLE_TIMEOUT_SECONDS: process.env.AUTH_IDLE_TIMEOUT_SECONDS ?? "1800",
    },
  },
});
