import { defineConfig } from "@playwright/test";
import path from "node:path";

/**
 * Browser tests: Debian's Chromium against a production build (next build + next start) on a fresh
 * temporary SQLite database, created by scripts/e2e-server.ts. No browser download.
 *
 * Four servers from the one build, each with its own database: the main one (normal 30-minute idle
 * timeout) for every journey; a second one with a 20-second idle timeout for the idle sign-out spec only,
 * so that no other journey can be signed out while it runs; and two "isolated" ones for specs that would
 * break the others' server (issue 19): one whose database file is unreadable (failure 5: sign-in must not
 * leak the database error), one with a low per-IP failure limit for the X-Forwarded-For spray (locking
 * out the loopback address there locks out no other spec). All run over plain http on localhost: the
 * session cookie is then `next-auth.session-token` without Secure (https deployments get `__Secure-`
 * and Secure).
 */
const PORT = Number(process.env.E2E_PORT ?? 3107);
const IDLE_PORT = PORT + 1;
export const IDLE_TIMEOUT_SECONDS = 20;
export const E2E_DB_FILE = path.join(__dirname, "data", "e2e", "e2e.db");
export const E2E_IDLE_DB_FILE = path.join(__dirname, "data", "e2e-idle", "e2e.db");
export const BROKEN_DB_PORT = PORT + 2;
export const E2E_BROKEN_DB_FILE = path.join(__dirname, "data", "e2e-broken", "e2e.db");
export const LOCKOUT_PORT = PORT + 3;
export const E2E_LOCKOUT_DB_FILE = path.join(__dirname, "data", "e2e-lockout", "e2e.db");
/** The lockout server's per-IP limit: low, so the spray is short; the per-account one stays out of reach. */
export const LOCKOUT_MAX_FAILURES_PER_IP = 6;
/** Never listened on: the start-up refusal spec runs a `next start` there that must exit instead. */
export const START_PROBE_PORT = PORT + 4;
const ISOLATED_SPECS = /(broken-database|ip-lockout-spray|start-without-secret)\.spec\.ts/;

const serverEnv = (port: number, dbFile: string, idleSeconds: number): Record<string, string> => ({
  PORT: String(port),
  DATABASE_URL: `file:${dbFile}`,
  NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_IDLE_TIMEOUT_SECONDS: String(idleSeconds),
});

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
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "journeys", testIgnore: [/idle-sign-out\.spec\.ts/, ISOLATED_SPECS] },
    { name: "idle", testMatch: /idle-sign-out\.spec\.ts/, use: { baseURL: `http://localhost:${IDLE_PORT}` }, timeout: 120_000 },
    // Each of these specs sets its own server's baseURL (BROKEN_DB_PORT, LOCKOUT_PORT).
    { name: "isolated", testMatch: ISOLATED_SPECS },
  ],
  // Started one after the other: the first builds when the sources changed, the second reuses that build.
  webServer: [
    {
      command: `npx tsx scripts/e2e-server.ts`,
      url: `http://localhost:${PORT}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: serverEnv(PORT, E2E_DB_FILE, Number(process.env.AUTH_IDLE_TIMEOUT_SECONDS ?? 1800)),
    },
    {
      command: `npx tsx scripts/e2e-server.ts`,
      url: `http://localhost:${IDLE_PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { ...serverEnv(IDLE_PORT, E2E_IDLE_DB_FILE, IDLE_TIMEOUT_SECONDS), E2E_REUSE_BUILD: "1" },
    },
    {
      // Its database is a file of garbage bytes (scripts/e2e-server.ts, E2E_DATABASE=unreadable). Ready
      // when /login answers: /api/health answers 503 here, which is what this server is for.
      command: `npx tsx scripts/e2e-server.ts`,
      url: `http://localhost:${BROKEN_DB_PORT}/login`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { ...serverEnv(BROKEN_DB_PORT, E2E_BROKEN_DB_FILE, 1800), E2E_REUSE_BUILD: "1", E2E_DATABASE: "unreadable" },
    },
    {
      command: `npx tsx scripts/e2e-server.ts`,
      url: `http://localhost:${LOCKOUT_PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        ...serverEnv(LOCKOUT_PORT, E2E_LOCKOUT_DB_FILE, 1800),
        E2E_REUSE_BUILD: "1",
        AUTH_MAX_FAILURES_PER_IP: String(LOCKOUT_MAX_FAILURES_PER_IP),
        AUTH_MAX_FAILURES_PER_ACCOUNT: "1000",
      },
    },
  ],
});
