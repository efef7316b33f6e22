/**
 * Server for the browser tests: a fresh temporary database (migrated, seeded with the evidence and the
 * demo accounts), a production build when the sources changed, then `next start`.
 *
 * E2E_REUSE_BUILD=1 (the second, short-idle-timeout server) never builds: it serves the build the first
 * server made. Several engineers edit sources in this checkout, so a staleness check here could start a
 * second `next build` under the first, running server.
 *
 * E2E_DATABASE=unreadable (with E2E_REUSE_BUILD=1): the database file is garbage bytes, not migrated or
 * seeded, so every query fails with SQLite's "file is not a database" — the outage of issue 19 failure 5.
 * Garbage rather than a missing file or a directory: the server must still start and serve /login, and
 * the breakage must happen at query time, as it does when a volume goes bad under a running server.
 * Nothing at start-up queries the database (instrumentation.ts only checks the configuration, and
 * NEXTAUTH_SECRET is given), so `next start` comes up and the first sign-in meets the broken file.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "@/lib/db/database-url";
import { prepareAppDatabase } from "./prepare-app-database";

const url = process.env.DATABASE_URL ?? "";
if (!url.startsWith("file:")) throw new Error("The browser tests run on a temporary SQLite database");
rmSync(path.dirname(sqliteFilePath(url)), { recursive: true, force: true });

/** A file SQLite opens but cannot read: no "SQLite format 3" header, only filler. */
function writeUnreadableDatabase(file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.alloc(16_384, "this is not a database. "));
}

async function serveExistingBuild() {
  if (process.env.E2E_DATABASE === "unreadable") writeUnreadableDatabase(sqliteFilePath(url));
  else await prepareAppDatabase(url);
  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", process.env.PORT ?? "3108"], {
    cwd: path.join(__dirname, ".."),
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

// The unreadable database is never migrated, so it never goes through the start script either.
if (process.env.E2E_REUSE_BUILD === "1" || process.env.E2E_DATABASE === "unreadable") {
  serveExistingBuild().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
} else {
  // The start script migrates, seeds, builds when needed and serves.
  void import("./start");
}
