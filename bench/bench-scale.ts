/**
 * npm run bench:scale — the lists, searches, audit log and exports at 10k / 100k / 1M referrals (ten
 * audit events each), on SQLite and PostgreSQL. For each database and size: a throwaway database seeded
 * in the app's row shapes (bench/scale/seed-scale.ts), the production build served on it, then every
 * page timed (sequential requests, each followed by /api/health in the same run) with the server's
 * peak resident memory. Results: bench/scale-results.json (runs of other sizes are kept) and a table.
 *
 *   npm run bench:scale -- --sizes 10000,100000 --providers sqlite,postgresql --rounds 25
 *
 * PostgreSQL needs TEST_DATABASE_URL (the npm script runs under scripts/with-test-postgres.sh).
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { migrateDatabase } from "@/lib/db/prepare-database";
import { TWO_STEP_POLICY_KEY } from "@/lib/domain/auth/two-step-policy";
import { seedEvidenceOnly } from "@/prisma/seed";
import { ensureBuild } from "@/scripts/ensure-build";
import { startInstance } from "@/scripts/http/app-instance";
import { callAction, cookieHeader, findAction, hasSessionCookie, okData, signIn, type Cookies } from "@/scripts/http/http-client";
import { createScratchDatabase } from "@/scripts/scale/scratch-database";
import { machineInfo, round } from "./stats";
import { measurePage, withMemory, type PageResult } from "./scale/measure";
import { scaleReport } from "./scale/report";
import { BUSY_CLINICIAN_EMAIL, SCALE_ADMIN_EMAIL, SCALE_PASSWORD, seedScale, type SeededScale } from "./scale/seed-scale";

type Provider = "sqlite" | "postgresql";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const root = path.join(__dirname, "..");
const sizes = option("sizes", "10000,100000").split(",").map(Number);
const providers = option("providers", process.env.TEST_DATABASE_URL ? "sqlite,postgresql" : "sqlite").split(",") as Provider[];
const rounds = Number(option("rounds", "25"));
const dataDir = process.argv.includes("--data") ? path.resolve(option("data", "")) : undefined;
const seedOnly = process.argv.includes("--seed-only");
const resultsFile = path.join(root, "bench", "scale-results.json");
const log = (line: string) => console.error(line);

interface ExportResult {
  export: string;
  seconds: number;
  rows: number;
  bytes: number;
  idle_mb: number;
  peak_mb: number;
  peak_over_idle_mb: number;
}

interface Run extends Omit<SeededScale, "seconds"> {
  machine: ReturnType<typeof machineInfo>;
  rounds: number;
  provider: Provider;
  size: number;
  seed_seconds: number;
  pages: PageResult[];
  exports: ExportResult[];
}

interface BenchDatabase {
  url: string;
  db: Db;
  /** The seeding of an earlier run, when this database was kept (--data) and is reused. */
  seeded?: SeededScale;
  /** Marks a kept database as completely seeded, so later runs reuse it. */
  keep(seeded: SeededScale): void;
  close(): Promise<void>;
}

function psql(serverUrl: string, query: string): string {
  return execFileSync("psql", [serverUrl, "-qAt", "-v", "ON_ERROR_STOP=1", "-c", query], { encoding: "utf8" }).trim();
}

/**
 * A database for one provider and size. Without --data: a throwaway one, dropped afterwards. With
 * --data DIR: kept (SQLite file DIR/scale-sqlite-<size>.db, PostgreSQL database mrx_bench_keep_<size>)
 * with a marker DIR/<provider>-<size>.json written only once seeding finished, so the next run migrates
 * it (new migrations apply) and measures without seeding again. A database without its marker was left
 * half-seeded and is made anew.
 */
async function openDatabase(provider: Provider, size: number): Promise<BenchDatabase> {
  const marker = dataDir ? path.join(dataDir, `${provider}-${size}.json`) : undefined;
  const previous = marker && existsSync(marker) ? (JSON.parse(readFileSync(marker, "utf8")) as SeededScale) : undefined;
  const keep = (seeded: SeededScale) => {
    if (marker) writeFileSync(marker, `${JSON.stringify(seeded, null, 2)}\n`);
  };
  if (provider === "postgresql") {
    const server = process.env.TEST_DATABASE_URL;
    if (!server) throw new Error("PostgreSQL needs TEST_DATABASE_URL: run `npm run bench:scale` (it wraps scripts/with-test-postgres.sh)");
    if (!dataDir) {
      const scratch = await createScratchDatabase(server, "mrx_bench_scale");
      return { url: scratch.url, db: scratch.db, keep, close: scratch.drop };
    }
    const name = `mrx_bench_keep_${size}`;
    const url = new URL(server);
    url.pathname = `/${name}`;
    const exists = psql(server, `SELECT 1 FROM pg_database WHERE datname = '${name}'`) === "1";
    if (exists && !previous) psql(server, `DROP DATABASE ${name} WITH (FORCE)`);
    if (!exists || !previous) psql(server, `CREATE DATABASE ${name}`);
    migrateDatabase(url.toString(), { quiet: true });
    const db = createPrismaClient(url.toString());
    if (!previous) await seedEvidenceOnly(db);
    return { url: url.toString(), db, seeded: previous, keep, close: () => db.$disconnect() };
  }
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), "massagerx-scale-"));
  const file = path.join(dir, dataDir ? `scale-sqlite-${size}.db` : "scale.db");
  if (dataDir && !previous) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  const url = `file:${file}`;
  migrateDatabase(url, { quiet: true });
  const db = createPrismaClient(url);
  if (!previous) await seedEvidenceOnly(db);
  return {
    url,
    db,
    seeded: previous,
    keep,
    close: async () => {
      await db.$disconnect();
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The (createdAt, id) cursor of the row in the middle of a scope, newest first: a page deep in history. */
async function middleCursor(db: Db, table: "Referral" | "AuditEvent", where: { clinicianId?: string }): Promise<string> {
  const count = table === "Referral" ? await db.referral.count({ where }) : await db.auditEvent.count();
  const row =
    table === "Referral"
      ? await db.referral.findFirst({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: Math.floor(count / 2),
          select: { createdAt: true, id: true },
        })
      : await db.auditEvent.findFirst({
          orderBy: [{ at: "desc" }, { id: "desc" }],
          skip: Math.floor(count / 2),
          select: { at: true, id: true },
        });
  if (!row) throw new Error(`no middle row in ${table}`);
  return "createdAt" in row ? `${row.createdAt.getTime()}.${row.id}` : `${row.at.getTime()}.${row.id}`;
}

/** A cursor one millisecond before the oldest referral and audit event (both start at the seed's t0). */
async function oldestCursor(db: Db): Promise<string> {
  const referral = await db.referral.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { createdAt: true } });
  const event = await db.auditEvent.findFirst({ orderBy: [{ at: "asc" }, { id: "asc" }], select: { at: true } });
  const ms = Math.min(referral?.createdAt.getTime() ?? Date.now(), event?.at.getTime() ?? Date.now());
  return `${ms - 1}.0`;
}

async function readBody(response: Response): Promise<number> {
  let bytes = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return bytes;
    bytes += chunk.value.byteLength;
  }
}

async function runOne(provider: Provider, size: number): Promise<Run | undefined> {
  const machine = machineInfo();
  log(`\n${provider}, ${size.toLocaleString("en-US")} referrals: seeding…`);
  const database = await openDatabase(provider, size);
  try {
    const seeded = database.seeded ?? (await seedScale(database.db, provider, size, log));
    database.keep(seeded);
    if (seedOnly) return undefined;
    // A PostgreSQL install starts with two-step sign-in required for admins, and the bench's admin has no
    // authenticator. The bench measures the lists, not sign-in (two-step-sign-in.spec.ts covers that), so
    // its throwaway database says "optional" explicitly, as an admin would set it.
    await database.db.securitySetting.upsert({
      where: { key: TWO_STEP_POLICY_KEY },
      create: { key: TWO_STEP_POLICY_KEY, value: "optional" },
      update: { value: "optional" },
    });
    const busy = await database.db.user.findUniqueOrThrow({ where: { email: BUSY_CLINICIAN_EMAIL }, select: { id: true } });
    const cursors = {
      clinician: await middleCursor(database.db, "Referral", { clinicianId: busy.id }),
      admin: await middleCursor(database.db, "Referral", {}),
      audit: await middleCursor(database.db, "AuditEvent", {}),
      // Just before the oldest row: "newer than this" is the last page of the history.
      oldest: await oldestCursor(database.db),
    };
    await database.db.$disconnect();
    log(
      database.seeded
        ? "  reusing the database seeded by an earlier run; serving the build…"
        : `  seeded in ${seeded.seconds} s; serving the build…`,
    );
    const server = await startInstance({
      name: "scale",
      traceGc: true,
      root,
      env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") },
    });
    try {
      const jar = async (email: string): Promise<Cookies> => {
        const cookies = await signIn(server.base, email, SCALE_PASSWORD);
        if (!hasSessionCookie(cookies)) throw new Error(`could not sign in ${email}`);
        return cookies;
      };
      const clinician = await jar(BUSY_CLINICIAN_EMAIL);
      const admin = await jar(SCALE_ADMIN_EMAIL);
      const list = findAction(root, "listReferralsAction");
      const action = (who: Cookies, args: Record<string, unknown>) => async () => {
        const response = await callAction(server.base, list, who, [{ pageSize: 20, ...args }]);
        if (response.status !== 200 || !okData(response))
          throw new Error(`listReferralsAction ${JSON.stringify(args)} answered ${response.status}: ${response.body.slice(0, 300)}`);
      };
      const page = (who: Cookies, href: string, mustContain: string) => async () => {
        const response = await fetch(`${server.base}${href}`, { headers: { cookie: cookieHeader(who) }, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200 || !body.includes(mustContain)) throw new Error(`${href} answered ${response.status}`);
      };
      const pages: [string, () => Promise<void>][] = [
        ["clinician list: newest page", action(clinician, {})],
        ["clinician list: page in the middle", action(clinician, { before: cursors.clinician })],
        ["clinician list: oldest page", action(clinician, { after: cursors.oldest })],
        ["clinician list: status draft", action(clinician, { status: "draft" })],
        ["clinician search: 'nunez'", action(clinician, { query: "nunez" })],
        ["clinician search: 'neck' (1 in 7)", action(clinician, { query: "neck" })],
        ["admin list: newest page", action(admin, {})],
        ["admin list: page in the middle", action(admin, { before: cursors.admin })],
        ["admin list: oldest page", action(admin, { after: cursors.oldest })],
        ["admin list: status cancelled", action(admin, { status: "cancelled" })],
        ["admin search: 'zoe nunez'", action(admin, { query: "zoe nunez" })],
        ["admin search: 'neck' (1 in 7)", action(admin, { query: "neck" })],
        ["/referrals page (HTML)", page(clinician, "/referrals", "Your referrals")],
        ["/admin/audit", page(admin, "/admin/audit", "Audit log")],
        ["/admin/audit?action=referral.create", page(admin, "/admin/audit?action=referral.create", "Audit log")],
        ["/admin/audit?userId=<busy clinician>", page(admin, `/admin/audit?userId=${busy.id}`, "Audit log")],
        ["/admin/audit page in the middle", page(admin, `/admin/audit?before=${cursors.audit}`, "Audit log")],
        ["/admin/audit oldest page", page(admin, `/admin/audit?after=${cursors.oldest}`, "Audit log")],
      ];
      const results: PageResult[] = [];
      for (const [name, request] of pages) {
        const result = await measurePage(name, server.pid, server.base, request, rounds, server.majorGcPauses);
        log(
          `  ${name.padEnd(40)} p50 ${String(result.page_timing.median_ms).padStart(7)} ms  p95 ${String(result.page_timing.p95_ms).padStart(7)} ms  p99 ${String(result.page_timing.p99_ms).padStart(7)} ms  health p99 ${result.health_timing.p99_ms} ms  +${result.peak_over_idle_mb} MB  full GCs ${result.major_gc.count} (longest ${result.major_gc.longest_ms} ms)`,
        );
        results.push(result);
      }
      const exports: ExportResult[] = [];
      const auditAll = seeded.auditEvents <= 1_100_000;
      const downloads: [string, Cookies, string][] = [
        ["audit export: action=referral.create, newest first", admin, "/admin/audit/export?action=referral.create"],
        ...(auditAll
          ? ([["audit export: everything, oldest first", admin, "/admin/audit/export?order=oldest"]] as [string, Cookies, string][])
          : []),
        ["clinician export: whole own list", clinician, "/referrals/export"],
      ];
      for (const [name, who, href] of downloads) {
        const started = performance.now();
        const {
          result: bytes,
          idleMb,
          peakMb,
        } = await withMemory(server.pid, async () => {
          const response = await fetch(`${server.base}${href}`, { headers: { cookie: cookieHeader(who) } });
          if (response.status !== 200) throw new Error(`${href} answered ${response.status}`);
          return readBody(response);
        });
        const seconds = round((performance.now() - started) / 1000, 1);
        // Rows of the export, from the audit event the export itself wrote when it finished.
        const rows = await finishedRows(database.url, href.startsWith("/admin") ? "audit.export" : "referral.export");
        exports.push({
          export: name,
          seconds,
          rows,
          bytes,
          idle_mb: round(idleMb, 1),
          peak_mb: round(peakMb, 1),
          peak_over_idle_mb: round(peakMb - idleMb, 1),
        });
        log(
          `  ${name.padEnd(52)} ${rows.toLocaleString("en-US")} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s, +${round(peakMb - idleMb, 1)} MB`,
        );
      }
      return { machine, rounds, provider, size, ...seeded, seed_seconds: seeded.seconds, pages: results, exports };
    } finally {
      await server.stop();
    }
  } finally {
    await database.close();
  }
}

async function finishedRows(url: string, action: string): Promise<number> {
  const db = createPrismaClient(url);
  try {
    const event = await db.auditEvent.findFirst({
      where: { action, detail: { startsWith: "finished rows=" } },
      orderBy: { id: "desc" },
      select: { detail: true },
    });
    return Number(/rows=(\d+)/.exec(event?.detail ?? "")?.[1] ?? -1);
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  if (!seedOnly) ensureBuild(root, log);
  const previous = existsSync(resultsFile) ? ((JSON.parse(readFileSync(resultsFile, "utf8")) as { runs?: Run[] }).runs ?? []) : [];
  const runs: Run[] = [];
  let all: Run[] = previous;
  for (const provider of providers) {
    for (const size of sizes) {
      const run = await runOne(provider, size);
      if (!run) continue;
      runs.push(run);
      // Written after every run, so a long run stopped part-way keeps what it measured.
      const kept = previous.filter((p) => !runs.some((r) => r.provider === p.provider && r.size === p.size));
      all = [...kept, ...runs].sort((a, b) => a.provider.localeCompare(b.provider) || a.size - b.size);
      writeFileSync(resultsFile, `${JSON.stringify({ command: "npm run bench:scale -- --sizes … --providers …", runs: all }, null, 2)}\n`);
      log(`  wrote ${path.relative(root, resultsFile)}`);
    }
  }
  if (seedOnly) return;
  console.log(scaleReport(all));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
