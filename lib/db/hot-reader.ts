import Database from "better-sqlite3";
import type { Db } from "./create-client";
import { SQLITE_BUSY_TIMEOUT_MS, databaseProvider, resolveDatabaseUrl, sqliteFilePath } from "./database-url";
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

export type HotValue = string | number | boolean | Date | null;

export function createHotReader(db: Db, rawUrl: string | undefined = serverEnv().DATABASE_URL): HotReader {
  const url = resolveDatabaseUrl(rawUrl);
  if (databaseProvider(url) === "postgresql") {
    return { rows: (strings, ...values) => db.$queryRaw(strings, ...values), close: () => undefined };
  }
  return new SqliteHotReader(sqliteFilePath(url));
}

interface Prepared {
  statement: Database.Statement;
  names: string[];
  declaredTypes: (string | null)[];
}

class SqliteHotReader implements HotReader {
  #connection: Database.Database | undefined;
  #prepared = new Map<string, Prepared>();

  constructor(private readonly file: string) {}

  async rows<T>(strings: TemplateStringsArray, ...values: HotValue[]): Promise<T[]> {
    const { statement, names, declaredTypes } = this.#prepare(strings.join("?"));
    const raw = statement.all(...values.map(toSqliteValue)) as unknown[][];
    return raw.map((row) => Object.fromEntries(row.map((value, i) => [names[i], fromSqlite(value, declaredTypes[i] ?? null)])) as T);
  }

  close(): void {
    this.#connection?.close();
    this.#connection = undefined;
    this.#prepared.clear();
  }

  #prepare(sql: string): Prepared {
    const cached = this.#prepared.get(sql);
    if (cached) return cached;
    this.#connection ??= new Database(this.file, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    const statement = this.#connection.prepare(sql).raw(true);
    const columns = statement.columns();
    const prepared = { statement, names: columns.map((c) => c.name), declaredTypes: columns.map((c) => c.type?.toUpperCase() ?? null) };
    this.#prepared.set(sql, prepared);
    return prepared;
  }
}

/** As Prisma's SQLite adapter binds values: Date as ISO 8601 with +00:00, boolean as 0/1. */
function toSqliteValue(value: HotValue): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** As Prisma reads SQLite columns: by their declared type. */
function fromSqlite(value: unknown, declaredType: string | null): unknown {
  if (value === null) return null;
  if (declaredType === "DATETIME") return new Date(typeof value === "string" ? value : Number(value));
  if (declaredType === "BOOLEAN") return value === 1; // better-sqlite3 returns SQLite integers as numbers
  return value;
}
