/**
 * Makes this test file's own database unreachable and brings it back, the way an outage looks to the
 * app, without touching the databases of test files running in parallel.
 * - SQLite: the clients (Prisma's and the hot reader's) are closed and the database file moved away, with a directory put in its place, so
 *   reopening it fails (SQLITE_CANTOPEN) as when the volume holding it is gone; running as root,
 *   permission bits (chmod 000) would not stop the open.
 * - PostgreSQL: the database stops accepting connections and its open connections are terminated, as
 *   when the server restarts or the network drops.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmdirSync } from "node:fs";
import { bulkReader, db, hotReader } from "@/lib/db/client";
import { databaseProvider, resolveDatabaseUrl, sqliteFilePath } from "@/lib/db/database-url";

const url = () => resolveDatabaseUrl(process.env.DATABASE_URL);
export const provider = () => databaseProvider(url());

function psql(sql: string) {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error("TEST_DATABASE_URL is not set");
  execFileSync("psql", [admin, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], { stdio: "pipe" });
}

const pgName = () => new URL(url()).pathname.slice(1);
const SIDE_FILES = ["", "-wal", "-shm", "-journal"];

export async function takeDatabaseDown(): Promise<void> {
  if (provider() === "postgresql") {
    const name = pgName();
    psql(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
    return;
  }
  await db.$disconnect();
  hotReader.close(); // like Prisma's connection, it reopens the file on its next read
  await bulkReader.close();
  const file = sqliteFilePath(url());
  for (const suffix of SIDE_FILES) {
    if (existsSync(file + suffix)) renameSync(file + suffix, `${file}${suffix}.away`);
  }
  mkdirSync(file);
}

export function bringDatabaseBack(): void {
  if (provider() === "postgresql") {
    psql(`ALTER DATABASE "${pgName()}" ALLOW_CONNECTIONS true`);
    return;
  }
  const file = sqliteFilePath(url());
  rmdirSync(file);
  for (const suffix of SIDE_FILES) {
    if (existsSync(`${file}${suffix}.away`)) renameSync(`${file}${suffix}.away`, file + suffix);
  }
}

/**
 * A write that fails half-way: the database refuses the second statement of the referral transaction
 * (the "created" event), as a full disk or a dropped connection would. Returns the undo.
 */
export async function failReferralEventInserts(): Promise<() => Promise<void>> {
  if (provider() === "postgresql") {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION outage_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated write failure'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER outage_test BEFORE INSERT ON "ReferralEvent" FOR EACH ROW EXECUTE FUNCTION outage_test_fail()`,
    );
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER outage_test ON "ReferralEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION outage_test_fail()`);
    };
  }
  await db.$executeRawUnsafe(
    `CREATE TRIGGER outage_test BEFORE INSERT ON "ReferralEvent" BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER outage_test`);
  };
}
