/**
 * What `npm start` does to a database before serving: migrate, seed or update the evidence base, and
 * — for the embedded SQLite demo only — the demo accounts. A PostgreSQL (production) database never
 * gets demo accounts; its first admin comes from `npm run user:create`.
 */
import { databaseProvider } from "@/lib/db/database-url";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrateDatabase } from "@/lib/db/prepare-database";
import { seedDemoAccounts, seedEvidenceOnly } from "@/prisma/seed";

export async function prepareAppDatabase(
  url: string,
): Promise<{ embedded: boolean; evidence: { created: boolean; versionNumber: number } }> {
  const embedded = databaseProvider(url) === "sqlite";
  migrateDatabase(url, { quiet: true });
  const db = createPrismaClient(url);
  try {
    const evidence = await seedEvidenceOnly(db);
    if (embedded) await seedDemoAccounts(db);
    return { embedded, evidence };
  } finally {
    await db.$disconnect();
  }
}
