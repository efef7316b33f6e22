import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { serverEnv } from "../env";
import { SQLITE_BUSY_TIMEOUT_MS, createAdapterForUrl, databaseProvider, resolveDatabaseUrl } from "./database-url";

/**
 * The SQLite and PostgreSQL clients are generated from the same models (prisma/schema.prisma and its
 * generated PostgreSQL twin), so their APIs are identical; the driver adapter follows the URL.
 * Password hashes are omitted from every query unless a query asks for them.
 */
const clientOptions = (url: string) => ({
  adapter: createAdapterForUrl(url),
  omit: { user: { passwordHash: true } },
  // Prisma gives up on starting a transaction after 2 s without a free pooled connection: on PostgreSQL
  // 50 saves at once on a pool of 10 failed that way. Under a burst, saves queue as long as SQLite's
  // busy timeout lets them, and a started transaction gets 15 s.
  transactionOptions: { maxWait: SQLITE_BUSY_TIMEOUT_MS, timeout: 15_000 },
});

function createSqliteClient(url: string) {
  return new SqliteClient(clientOptions(url));
}

export type Db = ReturnType<typeof createSqliteClient>;

export function createPrismaClient(rawUrl: string | undefined = serverEnv().DATABASE_URL): Db {
  const url = resolveDatabaseUrl(rawUrl);
  if (databaseProvider(url) === "postgresql") {
    return new PostgresClient(clientOptions(url)) as unknown as Db;
  }
  return createSqliteClient(url);
}
