/**
 * Whole-database snapshots for "nothing changed" assertions: every table of the real test database, listed
 * from the database's own catalogue (so a table added by a later migration is covered without editing this
 * file), read in full and serialized in a stable order. Works on SQLite and PostgreSQL.
 */
import { db } from "@/lib/db/client";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";

export async function tableNames(): Promise<string[]> {
  const sql =
    databaseProvider(resolveDatabaseUrl(process.env.DATABASE_URL)) === "postgresql"
      ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
      : // pragma_table_list tells an FTS5 table's internal "shadow" tables (binary index pages, the index's
        // own business) from real and virtual tables; the virtual table's rows are compared instead.
        `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')`;
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(sql);
  // Prisma's own bookkeeping and SQLite internals are not application data.
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith("_prisma") && !n.startsWith("sqlite_"))
    .sort();
}

const stable = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

export type DbSnapshot = Record<string, string[]>;

/** Every row of every table (optionally except some), each row serialized, rows sorted. */
export async function snapshotDatabase(except: readonly string[] = []): Promise<DbSnapshot> {
  const out: DbSnapshot = {};
  for (const name of await tableNames()) {
    if (except.includes(name)) continue;
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    out[name] = rows.map(stable).sort();
  }
  return out;
}

/** Row counts per table: cheap enough to take around every single call. */
export async function countRows(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of await tableNames()) {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    out[name] = Number(row?.n ?? 0);
  }
  return out;
}

/** Audit rows added since a snapshot of the AuditEvent table (by id). */
export async function auditEventsSince(before: { id: number }[]) {
  const known = new Set(before.map((e) => e.id));
  return (await db.auditEvent.findMany({ orderBy: { at: "asc" } })).filter((e) => !known.has(e.id));
}
