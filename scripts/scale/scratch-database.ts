/**
 * A fresh PostgreSQL database for one scale run: created next to the database of a server URL whose
 * role may CREATE DATABASE (TEST_DATABASE_URL, or the private cluster of the load test), migrated with
 * the operator's own migrate step, seeded with the evidence, dropped afterwards.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { migrateDatabase } from "@/lib/db/prepare-database";
import { ensureUser } from "@/lib/data/users-store";
import { seedEvidenceOnly } from "@/prisma/seed";

export interface ScratchDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

function psql(serverUrl: string, sql: string): void {
  execFileSync("psql", [serverUrl, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], { stdio: "pipe" });
}

export async function createScratchDatabase(serverUrl: string, prefix = "mrx_scale"): Promise<ScratchDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(3).toString("hex")}`;
  psql(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  migrateDatabase(url.toString(), { quiet: true });
  const db = createPrismaClient(url.toString());
  await seedEvidenceOnly(db);
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.$disconnect();
      psql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface TestAccount {
  email: string;
  password: string;
}

/** Accounts through the app's own user store (argon2id hashes, as user:create writes them). */
export async function createAccounts(db: Db, count: number, role: "CLINICIAN" | "ADMIN", password: string): Promise<TestAccount[]> {
  const accounts: TestAccount[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${role.toLowerCase()}-${i}@scale.test`;
    await ensureUser(db, {
      email,
      name: `Scale ${role.toLowerCase()} ${i}`,
      credentials: role === "CLINICIAN" ? "MD" : "",
      role,
      password,
    });
    accounts.push({ email, password });
  }
  return accounts;
}
