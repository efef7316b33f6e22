import pg from "pg";
import type { Sql } from "@prisma/client/runtime/client";
import { databaseProvider, pgPoolConfig, resolveDatabaseUrl, sqliteFilePath } from "./database-url";
import { SqliteReadOnly } from "./sqlite-read-only";
import { serverEnv } from "../env";

/**
 * Reads of many rows (the streaming CSV exports), written as a Prisma `Sql` fragment (`sqltag`, the
 * same composable SQL as $queryRaw) and run on the driver itself, not through Prisma's query engine.
 *
 * Why: an export of 1M audit events is 1,000 keyset batches of 1,000 rows. Through Prisma's JS engine
 * each batch allocates several times its size (the plan, the adapter's rows, the converted objects);
 * the server's heap saw-toothed 60-110 MB over idle (bench:scale, docs/performance.md) against a target
 * of < 50 MB. Read on the driver, the same 400k rows kept the heap within 11-22 MB against 62-113 MB
 * through Prisma (in-process, docs/performance.md, "Export memory").
 *
 * SQLite: a read-only better-sqlite3 connection of its own (sqlite-read-only.ts). PostgreSQL: a pool of its own of at most
 * two connections, so an export never takes the app's pooled connections from page requests.
 *
 * Rows come back as Prisma's raw queries return them: DATETIME/timestamp columns as Date (UTC),
 * BOOLEAN as boolean.
 */
export interface BulkReader {
  rows<T>(query: Sql): Promise<T[]>;
  close(): Promise<void>;
}

export function createBulkReader(rawUrl: string | undefined = serverEnv().DATABASE_URL): BulkReader {
  const url = resolveDatabaseUrl(rawUrl);
  return databaseProvider(url) === "postgresql" ? new PostgresBulkReader(url) : new SqliteBulkReader(sqliteFilePath(url));
}

class SqliteBulkReader implements BulkReader {
  readonly #reader: SqliteReadOnly;

  constructor(file: string) {
    this.#reader = new SqliteReadOnly(file);
  }

  rows<T>(query: Sql): Promise<T[]> {
    return Promise.resolve(this.#reader.rows<T>(query.sql, query.values));
  }

  close(): Promise<void> {
    this.#reader.close();
    return Promise.resolve();
  }
}

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

/**
 * Prisma stores DateTime in PostgreSQL as `timestamp(3)` (no time zone) holding UTC. node-postgres
 * would read and write such values in the server process's local time zone, so both directions are
 * pinned to UTC here, as Prisma's adapter does.
 */
const utcTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE && format !== "binary"
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

function toPostgresValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value;
}

class PostgresBulkReader implements BulkReader {
  #pool: pg.Pool | undefined;

  constructor(private readonly url: string) {}

  async rows<T>(query: Sql): Promise<T[]> {
    this.#pool ??= this.#openPool();
    const result = await this.#pool.query<unknown[]>({
      text: query.text,
      values: query.values.map(toPostgresValue),
      rowMode: "array",
      types: utcTypes,
    });
    const names = result.fields.map((f) => f.name);
    return result.rows.map((row) => {
      const object: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) object[names[i] as string] = row[i];
      return object as T;
    });
  }

  #openPool(): pg.Pool {
    const pool = new pg.Pool({ ...pgPoolConfig(this.url), max: 2, idleTimeoutMillis: 10_000 });
    // An idle connection that the server closes (a restart, a failover) is reported here; unhandled,
    // node-postgres would throw it and take the process down. The pool drops that connection and the
    // next export opens a new one. The message carries no query or row data.
    pool.on("error", (error) => console.error("Export reader: an idle PostgreSQL connection was closed:", error.message));
    return pool;
  }

  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.end();
  }
}
