import Database from "better-sqlite3";
import { E2E_DB_FILE } from "../../../playwright.config";

/**
 * Every row of every application table of the test server's database, for "nothing changed" checks
 * around requests that must be refused. Audit events are left out (a refusal is audited on purpose), and
 * so is a session's lastSeenAt (any signed-in request records activity).
 */
export function databaseState(dbFile = E2E_DB_FILE): Record<string, string[]> {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' AND name <> 'AuditEvent'",
      )
      .all() as { name: string }[];
    const state: Record<string, string[]> = {};
    for (const { name } of tables) {
      const rows = sqlite.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      state[name] = rows.map((row) => JSON.stringify({ ...row, lastSeenAt: undefined })).sort();
    }
    return state;
  } finally {
    sqlite.close();
  }
}
