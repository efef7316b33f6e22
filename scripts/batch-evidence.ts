/**
 * How the batch commands (`npm run match`, `npm run suggest`) get the current evidence: read-only when
 * the database is already current, so they answer while `npm start` serves the same database.
 *
 * - Current (every shipped migration applied, the shipped evidence seed present): the evidence is read
 *   over a read-only connection (SQLite: better-sqlite3 `readonly`, which in WAL mode never takes the
 *   write lock and is never blocked by a writer; PostgreSQL: plain SELECTs). Nothing is migrated or written.
 * - Otherwise (a fresh clone, a new migration, a new seed): migrate and/or seed first, exactly what
 *   `npm start` would do, then read.
 */
import { existsSync } from "node:fs";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseProvider, resolveDatabaseUrl, sqliteFilePath } from "@/lib/db/database-url";
import { createHotReader, type HotReader } from "@/lib/db/hot-reader";
import { pendingMigrations } from "@/lib/db/migration-status";
import { migrateDatabase } from "@/lib/db/prepare-database";
import { evidenceContentSchema, type EvidenceSnapshot } from "@/lib/schemas/evidence";
import { seedEvidenceHash, seedEvidenceOnly } from "@/prisma/seed";

export interface BatchEvidence {
  snapshot: EvidenceSnapshot;
  /** What had to be done before reading: [] when the database was already current. */
  prepared: ("created" | "migrated" | "seeded")[];
}

export async function openBatchEvidence(rawUrl: string | undefined = process.env.DATABASE_URL): Promise<BatchEvidence> {
  const url = resolveDatabaseUrl(rawUrl);
  const provider = databaseProvider(url);
  const prepared: BatchEvidence["prepared"] = [];
  const db = createPrismaClient(url); // on SQLite it connects only if a write is needed below
  let reader: HotReader | null = null;
  try {
    if (provider === "sqlite" && !existsSync(sqliteFilePath(url))) prepared.push("created");
    reader = createHotReader(db, url);
    if (prepared.includes("created") || (await pendingMigrations(reader, provider)).length > 0) {
      reader.close();
      try {
        migrateDatabase(url, { quiet: true });
      } catch {
        throw new Error(
          "The database needs migrating and the migration could not run (on the embedded database usually because the app is running): run `npm start` once, or stop the app and run `npm run db:migrate`.",
        );
      }
      if (!prepared.includes("created")) prepared.push("migrated");
    }
    if (!(await seedIsPresent(reader))) {
      await seedEvidenceOnly(db);
      prepared.push("seeded");
    }
    const snapshot = await readCurrentEvidence(reader);
    if (!snapshot) throw new Error("No evidence version in the database");
    return { snapshot, prepared };
  } finally {
    reader?.close();
    await db.$disconnect();
  }
}

async function seedIsPresent(reader: HotReader): Promise<boolean> {
  const rows = await reader.rows<{
    number: number;
  }>`SELECT "number" FROM "EvidenceVersion" WHERE "source" = ${"seed"} AND "contentHash" = ${seedEvidenceHash()} LIMIT 1`;
  return rows.length > 0;
}

async function readCurrentEvidence(reader: HotReader): Promise<EvidenceSnapshot | null> {
  const rows = await reader.rows<{
    id: string;
    number: number;
    content: string;
  }>`SELECT "id", "number", "content" FROM "EvidenceVersion" ORDER BY "number" DESC LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  return { versionId: row.id, versionNumber: Number(row.number), content: evidenceContentSchema.parse(JSON.parse(row.content)) };
}
