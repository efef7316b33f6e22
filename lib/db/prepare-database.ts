/**
 * Applies migrations (and, for SQLite, turns on WAL) for DATABASE_URL. Used by `npm start`,
 * `npm run db:migrate` and the integration-test setup. Migrations are applied with Prisma's CLI and its
 * JS schema engine, which needs no download.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { childProcessEnv } from "../env";
import { SQLITE_BUSY_TIMEOUT_MS, databaseProvider, resolveDatabaseUrl, sqliteFilePath } from "./database-url";

export function migrateDatabase(rawUrl: string | undefined, options: { quiet?: boolean } = {}): void {
  const url = resolveDatabaseUrl(rawUrl);
  if (databaseProvider(url) === "sqlite") {
    const file = sqliteFilePath(url);
    mkdirSync(path.dirname(file), { recursive: true });
    // WAL lets readers and one writer work at once; it is a property of the file, set once.
    const sqlite = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  const prisma = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  execFileSync(process.execPath, [prisma, "migrate", "deploy"], {
    env: childProcessEnv({ DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
    stdio: options.quiet ? "pipe" : ["ignore", "inherit", "inherit"],
  });
}
