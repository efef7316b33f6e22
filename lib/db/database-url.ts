import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
// Relative, not "@/": prisma.config.ts loads this file outside the app's path aliases.
import { serverEnv } from "../env";

/** Where the embedded database lives when DATABASE_URL is unset. Git-ignored. */
export const DEFAULT_SQLITE_URL = `file:${path.join(process.cwd(), "data", "massagerx.db")}`;

/** SQLite waits this long for a lock before failing, so concurrent saves queue instead of erroring. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export type DatabaseProvider = "sqlite" | "postgresql";

export function resolveDatabaseUrl(raw: string | undefined): string {
  const url = raw?.trim();
  return url ? url : DEFAULT_SQLITE_URL;
}

export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error("DATABASE_URL must start with file: (embedded SQLite) or postgresql://");
}

/** The provider of this process's DATABASE_URL (the embedded SQLite file when unset). */
export function currentDatabaseProvider(): DatabaseProvider {
  return databaseProvider(resolveDatabaseUrl(serverEnv().DATABASE_URL));
}

/** Filesystem path of a file: URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const withoutScheme = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  const withoutQuery = withoutScheme.split("?")[0] ?? withoutScheme;
  return path.resolve(withoutQuery);
}

/** node-postgres settings for a postgresql: URL (the adapter's pool, the bulk reader's). */
export function pgPoolConfig(url: string): { connectionString: string; options?: string } {
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  // Raw SQL and migrations use the search path, generated queries the adapter's schema option.
  return { connectionString: url, ...(schema ? { options: `-c search_path="${schema.replace(/"/g, "")}"` } : {}) };
}

/** The driver adapter factory for a URL: better-sqlite3 for file:, node-postgres for postgresql:. */
export function createAdapterForUrl(url: string): PrismaBetterSQLite3 | PrismaPg {
  if (databaseProvider(url) === "postgresql") {
    const schema = new URL(url).searchParams.get("schema") ?? undefined;
    return new PrismaPg({ ...pgPoolConfig(url), max: serverEnv().DATABASE_POOL_SIZE }, schema ? { schema } : undefined);
  }
  return new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
}
