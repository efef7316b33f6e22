/**
 * Server for the browser tests: a fresh temporary database (migrated, seeded with the evidence and the
 * demo accounts), a production build when the sources changed, then `next start`.
 *
 * E2E_REUSE_BUILD=1 (the second, short-idle-timeout server) never builds: it serves the build the first
 * server made. Several engineers edit sources in this checkout, so a staleness check here could start a
 * second `next build` under the first, running server.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "@/lib/db/database-url";
import { prepareAppDatabase } from "./prepare-app-database";

const url = process.env.DATABASE_URL ?? "";
if (!url.startsWith("file:")) throw new Error("The browser tests run on a temporary SQLite database");
rmSync(path.dirname(sqliteFilePath(url)), { recursive: true, force: true });

async function serveExistingBuild() {
  await prepareAppDatabase(url);
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

if (process.env.E2E_REUSE_BUILD === "1") {
  serveExistingBuild().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
} else {
  // The start script migrates, seeds, builds when needed and serves.
  void import("./start");
}
