import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "./database-url";
import type { HotReader } from "./hot-reader";

/** The migrations this checkout ships for a provider: the folders Prisma's `migrate deploy` applies. */
export function shippedMigrations(provider: DatabaseProvider, root = process.cwd()): string[] {
  const dir = path.join(root, provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Shipped migrations the database has not finished applying, read through a (read-only) reader, so a
 * command can tell "already current" without running `prisma migrate deploy` — which on SQLite waits for
 * the database file to itself and, beside a running app, fails after the busy timeout. A database without
 * Prisma's bookkeeping table has every migration pending.
 */
export async function pendingMigrations(reader: HotReader, provider: DatabaseProvider, root = process.cwd()): Promise<string[]> {
  let applied: { migration_name: string }[];
  try {
    applied = await reader.rows<{
      migration_name: string;
    }>`SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  } catch {
    return shippedMigrations(provider, root);
  }
  const done = new Set(applied.map((row) => row.migration_name));
  return shippedMigrations(provider, root).filter((name) => !done.has(name));
}
