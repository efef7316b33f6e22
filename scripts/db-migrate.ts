/** `npm run db:migrate`: applies the migrations of DATABASE_URL's provider (SQLite or PostgreSQL). */
import { migrateDatabase } from "@/lib/db/prepare-database";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";

const url = resolveDatabaseUrl(process.env.DATABASE_URL);
try {
  migrateDatabase(url);
  console.log(`Migrations applied (${databaseProvider(url)}).`);
} catch {
  // Prisma has printed its error. On SQLite the usual cause is a running app: Prisma's migrations wait
  // for the database file to themselves and give up after the busy timeout with an obscure message.
  const hint = databaseProvider(url) === "sqlite" ? " On the embedded database, stop the app first (npm start migrates by itself)." : "";
  console.error(`Migrations failed.${hint}`);
  process.exit(1);
}
