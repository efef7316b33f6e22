/**
 * A writer that holds the SQLite write lock until told to stop, in a separate process (as `npm start`
 * mid-save, or a long admin transaction, would): `BEGIN IMMEDIATE` plus an uncommitted write. Used to
 * prove that read-only commands answer beside it.
 */
import { spawn } from "node:child_process";
import { sqliteFilePath } from "@/lib/db/database-url";

const SCRIPT = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1], { timeout: 10000 });
db.exec("BEGIN IMMEDIATE");
db.exec('UPDATE "EvidenceVersion" SET "reason" = "reason"');
process.stdout.write("locked\\n");
process.stdin.on("end", () => { db.exec("ROLLBACK"); db.close(); process.exit(0); });
process.stdin.resume();
`;

export interface WriteLockHolder {
  release: () => Promise<void>;
}

export async function holdWriteLock(url: string): Promise<WriteLockHolder> {
  const child = spawn(process.execPath, ["-e", SCRIPT, sqliteFilePath(url)], { cwd: process.cwd(), stdio: ["pipe", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`write-lock holder exited early (${code})`)));
  });
  return {
    release: () =>
      new Promise<void>((resolve, reject) => {
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`write-lock holder failed (${code})`))));
        child.stdin.end();
      }),
  };
}
