import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrateDatabase } from "@/lib/db/prepare-database";
import { DEMO_CLINICIAN_EMAIL, seedDemoAccounts, seedEvidenceOnly } from "@/prisma/seed";

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms`);
}

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
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    // A throwaway secret: the benchmark must not create or read the user's data/.nextauth-secret.
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
  };
  // Node refuses --cpu-prof in NODE_OPTIONS; `next start` serves from this process, so a flag is enough.
  const profile = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const spawnedAt = Date.now();
  const server = spawn(process.execPath, [...profile, require.resolve("next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  try {
    await waitForHealth(base, server, 60_000);
  } catch (error) {
    server.kill("SIGKILL");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
  return {
    base,
    databaseFile,
    spawnedAt,
    async stop() {
      // SIGINT lets Next exit normally, which is when --cpu-prof writes its profile.
      const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
      server.kill("SIGINT");
      const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Cookies as a browser keeps them: name=value from each Set-Cookie, later ones replacing earlier. */
function mergeCookies(jar: Map<string, string>, setCookies: string[]): void {
  for (const line of setCookies) {
    const pair = line.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}

/**
 * Signs the demo clinician in the way the login page does (next-auth's csrf + credentials callback) and
 * returns the Cookie header of the session.
 */
export async function signInClinician(base: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  mergeCookies(jar, csrf.headers.getSetCookie());
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email: DEMO_CLINICIAN_EMAIL, password: BENCH_PASSWORD, callbackUrl: `${base}/intake`, json: "true" }),
  });
  mergeCookies(jar, res.headers.getSetCookie());
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed (HTTP ${res.status})`);
  return cookie();
}

interface ServerReferenceManifest {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
}

/**
 * The id under which the build registered a server action, and the page it was registered for (the
 * browser POSTs an action to the page it is on).
 */
export function findActionId(root: string, exportedName: string): { id: string; page: string } {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as ServerReferenceManifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName !== exportedName) continue;
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    // "app/(app)/intake/page" -> "/intake": route groups are not part of the URL.
    const page = `/${worker.replace(/^app\//, "").replace(/\/?page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s)).join("/")}`;
    return { id, page };
  }
  throw new Error(`server action ${exportedName} not found in ${file}`);
}

/** Headers of a server-action call as React's client sends them. */
export function actionHeaders(base: string, actionId: string, cookie: string): Record<string, string> {
  return {
    "next-action": actionId,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    origin: base,
    cookie,
  };
}
