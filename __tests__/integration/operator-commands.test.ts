/**
 * The operator's commands, run as an operator runs them (`npm run …` child processes) against a fresh,
 * empty database: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set. Also: preparing a
 * PostgreSQL database the way `npm start` does seeds no demo account.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { prepareAppDatabase } from "@/scripts/prepare-app-database";

const root = path.join(__dirname, "..", "..");
const ADMIN_PASSWORD = "operator chose this passphrase 7";

interface Fresh {
  url: string;
  drop(): void;
}

function freshDatabase(kind: "sqlite" | "postgresql"): Fresh {
  const id = randomBytes(4).toString("hex");
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "mrx-operator-"));
    return { url: `file:${path.join(dir, `operator-${id}.db`)}`, drop: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = process.env.TEST_DATABASE_URL ?? "";
  const name = `mrx_ops_${id}`;
  execFileSync("psql", [server, "-q", "-c", `CREATE DATABASE ${name}`], { stdio: "pipe" });
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => void execFileSync("psql", [server, "-q", "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: "pipe" }),
  };
}

function npmRun(url: string, script: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, USER_PASSWORD: "", ...env },
    // No terminal on stdin: the password prompt must refuse rather than hang.
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 120_000,
    encoding: "utf8",
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const kinds: ("sqlite" | "postgresql")[] = process.env.TEST_DATABASE_URL?.startsWith("postgres") ? ["sqlite", "postgresql"] : ["sqlite"];

describe.each(kinds)("operator commands on %s", (kind) => {
  let fresh: Fresh;
  let db: Db;

  beforeAll(() => {
    fresh = freshDatabase(kind);
  });
  afterAll(async () => {
    await db?.$disconnect();
    fresh.drop();
  });

  test("db:migrate applies the migrations to an empty database, and again changes nothing", () => {
    const first = npmRun(fresh.url, "db:migrate");
    expect(first).toMatchObject({ status: 0 });
    expect(first.out).toContain(`Migrations applied (${kind})`);
    expect(npmRun(fresh.url, "db:migrate").status).toBe(0);
    db = createPrismaClient(fresh.url);
  }, 180_000);

  test("db:seed-evidence seeds the evidence once and is idempotent", async () => {
    expect(npmRun(fresh.url, "db:seed-evidence").out).toContain("Evidence seeded as version 1");
    expect(npmRun(fresh.url, "db:seed-evidence").out).toContain("already seeded (version 1); nothing changed");
    expect(await db.evidenceVersion.count()).toBe(1);
    expect(await db.user.count()).toBe(0);
  }, 120_000);

  test("user:create makes the first admin from USER_PASSWORD, with an argon2id hash and no forced change", async () => {
    const run = npmRun(fresh.url, "user:create", ["--email", "Ops.Admin@Hospital.test", "--name", "Olga Ops", "--role", "admin"], {
      USER_PASSWORD: ADMIN_PASSWORD,
    });
    expect(run).toMatchObject({ status: 0 });
    expect(run.out).toContain("Created admin account ops.admin@hospital.test");
    const user = await db.user.findUniqueOrThrow({ where: { email: "ops.admin@hospital.test" }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ role: "ADMIN", name: "Olga Ops", mustChangePassword: false, active: true });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(ADMIN_PASSWORD);
    expect(await db.auditEvent.count({ where: { action: "user.create", resourceId: user.id } })).toBe(1);
  }, 120_000);

  test("user:create refuses an existing email, a weak password, a missing password and a bad role, changing nothing", async () => {
    const args = (email: string, role = "clinician") => ["--email", email, "--name", "Dr Cli", "--role", role];
    const again = npmRun(fresh.url, "user:create", args("ops.admin@hospital.test"), { USER_PASSWORD: ADMIN_PASSWORD });
    expect(again.status).not.toBe(0);
    expect(again.out).toContain("already exists");
    const weak = npmRun(fresh.url, "user:create", args("weak@hospital.test"), { USER_PASSWORD: "password123" });
    expect(weak.status).not.toBe(0);
    expect(weak.out).toContain("Password refused");
    const noPassword = npmRun(fresh.url, "user:create", args("nopw@hospital.test"));
    expect(noPassword.status).not.toBe(0);
    expect(noPassword.out).toContain("set USER_PASSWORD");
    const badRole = npmRun(fresh.url, "user:create", args("role@hospital.test", "superuser"), { USER_PASSWORD: ADMIN_PASSWORD });
    expect(badRole.status).not.toBe(0);
    expect(badRole.out).toContain("--role");
    expect(await db.user.count()).toBe(1);
  }, 180_000);

  test("preparing the database as npm start does seeds demo accounts only into embedded SQLite", async () => {
    // Prisma's SQLite migrations need the file to themselves (as `npm start` has it, before serving).
    await db.$disconnect();
    const prepared = await prepareAppDatabase(fresh.url);
    db = createPrismaClient(fresh.url);
    expect(prepared).toEqual({ embedded: kind === "sqlite", evidence: { created: false, versionNumber: 1 } });
    // The demo clinician, admin and therapist (issue 16), on the embedded database only.
    const demo = await db.user.findMany({
      where: { email: { endsWith: "@massagerx.test" } },
      select: { role: true },
      orderBy: { role: "asc" },
    });
    expect(demo.map((u) => u.role)).toEqual(kind === "sqlite" ? ["ADMIN", "CLINICIAN", "THERAPIST"] : []);
  }, 120_000);
});
