/**
 * Another writer on the test database while a test runs: on SQLite a separate process (as a second
 * tool or a backup would be) that repeatedly takes the file's write lock for a few milliseconds, so the
 * app's writes must wait for it (busy timeout) instead of failing with "database is locked". A second
 * process is needed because better-sqlite3 waits synchronously: in one process a waiting writer would
 * block the event loop of the writer it waits for. On PostgreSQL, row-level locking makes this moot and
 * no contender is started.
 */
import { spawn } from "node:child_process";
import { databaseProvider, resolveDatabaseUrl, sqliteFilePath } from "@/lib/db/database-url";

const SCRIPT = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1], { timeout: 10000 });
let stop = false;
process.stdin.on("end", () => { stop = true; });
process.stdin.resume();
let rounds = 0;
function round() {
  if (stop) { process.stdout.write("rounds=" + rounds + "\\n"); db.close(); return; }
  db.exec("BEGIN IMMEDIATE");
  const until = Date.now() + 5;
  while (Date.now() < until) {}
  db.exec("COMMIT");
  if (rounds++ === 0) process.stdout.write("locked\\n");
  setTimeout(round, 1);
}
round();
`;

export interface WriteContender {
  /** Ends the contender and returns how many times it took the lock. */
  stop: () => Promise<number>;
}

export async function startWriteContender(rawUrl = process.env.DATABASE_URL): Promise<WriteContender> {
  const url = resolveDatabaseUrl(rawUrl);
  if (databaseProvider(url) !== "sqlite") return { stop: async () => 0 };
  const child = spawn(process.execPath, ["-e", SCRIPT, sqliteFilePath(url)], { cwd: process.cwd(), stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // Start the app's writes only once the contender really holds the lock the first time.
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`write contender exited early (${code}): ${output}`)));
  });
  return {
    stop: () =>
      new Promise<number>((resolve, reject) => {
        child.on("exit", (code) =>
          code === 0 ? resolve(Number(/rounds=(\d+)/.exec(output)?.[1] ?? 0)) : reject(new Error(`write contender failed (${code})`)),
        );
        child.stdin.end();
      }),
  };
}
