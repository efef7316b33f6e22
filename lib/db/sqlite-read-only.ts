import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS } from "./database-url";

export type HotValue = string | number | boolean | Date | null;

interface Prepared {
  statement: Database.Statement;
  names: string[];
  declaredTypes: (string | null)[];
}

/**
 * A read-only better-sqlite3 connection with its statements kept prepared by their SQL text, for the
 * reads that bypass Prisma's engine (hot-reader.ts, bulk-reader.ts). In WAL mode it sees the last
 * committed state and never blocks a writer. The texts it is given are bounded by the code (values are
 * parameters), so the prepared map is too. Opened on first use, reopened after close().
 */
export class SqliteReadOnly {
  #connection: Database.Database | undefined;
  #prepared = new Map<string, Prepared>();

  constructor(private readonly file: string) {}

  rows<T>(sql: string, values: readonly unknown[]): T[] {
    const { statement, names, declaredTypes } = this.#prepare(sql);
    const raw = statement.all(...values.map(toSqliteValue)) as unknown[][];
    return raw.map((row) => {
      const object: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) object[names[i] as string] = fromSqlite(row[i], declaredTypes[i] ?? null);
      return object as T;
    });
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
function toSqliteValue(value: unknown): unknown {
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
