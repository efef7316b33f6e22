import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrateDatabase } from "@/lib/db/prepare-database";
import { DEMO_CLINICIAN_EMAIL, seedDemoAccounts, seedEvidenceOnly } from "@/prisma/seed";
import { freePort, startInstance } from "@/scripts/http/app-instance";
import { cookieHeader, hasSessionCookie, signIn } from "@/scripts/http/http-client";

/**
 * A production server (`next start`) on a fresh embedded SQLite database in a temporary directory,
 * bound to 127.0.0.1 only, with the evidence and the demo clinician seeded: what `npm start` serves,
 * minus the user's data.
 */
export interface BenchServer {
  base: string;
  databaseFile: string;
  /** Date.now() when the server process was spawned (a --cpu-prof profile's clock starts then). */
  spawnedAt: number;
  stop(): Promise<void>;
}

const BENCH_PASSWORD = "bench-only-password-2026";

export async function startBenchServer(root: string, options: { cpuProfileDir?: string } = {}): Promise<BenchServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "massagerx-bench-"));
  const databaseFile = path.join(dir, "bench.db");
  const url = `file:${databaseFile}`;
  migrateDatabase(url, { quiet: true });
  const db = createPrismaClient(url);
  await seedEvidenceOnly(db);
  await seedDemoAccounts(db, BENCH_PASSWORD);
  await db.$disconnect();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startInstance({
    name: "bench",
    root,
    port,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      // A throwaway secret: the benchmark must not create or read the user's data/.nextauth-secret.
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
    },
    nodeArgs: options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [],
    // SIGINT lets Next exit normally, which is when --cpu-prof writes its profile.
    stopSignal: "SIGINT",
  });
  return {
    base,
    databaseFile,
    spawnedAt: server.spawnedAt,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs the demo clinician in the way the login page does (next-auth's csrf + credentials callback) and
 * returns the Cookie header of the session.
 */
export async function signInClinician(base: string): Promise<string> {
  const jar = await signIn(base, DEMO_CLINICIAN_EMAIL, BENCH_PASSWORD);
  if (!hasSessionCookie(jar)) throw new Error(`sign-in failed for ${DEMO_CLINICIAN_EMAIL}`);
  return cookieHeader(jar);
}
