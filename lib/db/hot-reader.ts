import type { Db } from "./create-client";
import { databaseProvider, resolveDatabaseUrl, sqliteFilePath } from "./database-url";
import { SqliteReadOnly, type HotValue } from "./sqlite-read-only";
import { serverEnv } from "../env";

/**
 * Reads made on every request (is this session still valid? which evidence version is current?),
 * written once as portable SQL (double-quoted identifiers, `${value}` parameters) for both databases.
 *
 * Why not Prisma for these: on the embedded database, Prisma's JS engine spends far more per query
 * (compiling it in WebAssembly, interpreting the plan, promise layers) than SQLite spends answering it.
 * Under load in `next start`, the session read alone cost ~1 ms of the ~2.7 ms an authenticated server
 * action takes (bench, docs/performance.md). So on SQLite these reads use a read-only better-sqlite3
 * connection of their own with prepared statements kept: microseconds, and in WAL mode a reader sees the
 * last committed state and is never blocked by writers. On PostgreSQL they go through Prisma's
 * `$queryRaw` (the network round trip dominates there, and the pool is Prisma's).
 *
 * Rows come back as Prisma's raw queries return them: DATETIME columns as Date, BOOLEAN as boolean.
 */
export interface HotReader {
  rows<T>(strings: TemplateStringsArray, ...values: HotValue[]): Promise<T[]>;
  /** Closes the SQLite connection (it reopens on the next read), e.g. when the file was moved away. */
  close(): void;
}

export type { HotValue };

export function createHotReader(db: Db, rawUrl: string | undefined = serverEnv().DATABASE_URL): HotReader {
  const url = resolveDatabaseUrl(rawUrl);
  if (databaseProvider(url) === "postgresql") {
    return { rows: (strings, ...values) => db.$queryRaw(strings, ...values), close: () => undefined };
  }
  return new SqliteHotReader(sqliteFilePath(url));
}

class SqliteHotReader implements HotReader {
  readonly #reader: SqliteReadOnly;

  constructor(file: string) {
    this.#reader = new SqliteReadOnly(file);
  }

  rows<T>(strings: TemplateStringsArray, ...values: HotValue[]): Promise<T[]> {
    return Promise.resolve(this.#reader.rows<T>(strings.join("?"), values));
  }

  close(): void {
    this.#reader.close();
  }
}
