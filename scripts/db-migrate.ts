/** `npm run db:migrate`: applies the migrations of DATABASE_URL's provider (SQLite or PostgreSQL). */
import { migrateDatabase } from "@/lib/db/prepare-database";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";

const url = resolveDatabaseUrl(process.env.DATABASE_URL);
migrateDatabase(url);
console.log(`Migrations applied (${databaseProvider(url)}).`);
