/**
 * Server for the browser tests: a fresh temporary database (migrated, seeded with the evidence and the
 * demo accounts), a production build when the sources changed, then `next start`.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "@/lib/db/database-url";

const url = process.env.DATABASE_URL ?? "";
if (!url.startsWith("file:")) throw new Error("The browser tests run on a temporary SQLite database");
rmSync(path.dirname(sqliteFilePath(url)), { recursive: true, force: true });
// The start script migrates, seeds, builds when needed and serves.
void import("./start");
