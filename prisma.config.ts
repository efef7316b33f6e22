import path from "node:path";
import type { PrismaConfig } from "prisma";
import { createAdapterForUrl, databaseProvider, resolveDatabaseUrl } from "./lib/db/database-url";

// Prisma 6.19 with the JS schema engine: no engine binary is downloaded (the machines are offline).
// The provider's schema and migrations folder follow DATABASE_URL.
const url = resolveDatabaseUrl(process.env.DATABASE_URL);
// The schema reads env("DATABASE_URL"); the embedded default must be visible to it too.
process.env.DATABASE_URL = url;
const provider = databaseProvider(url);
const dir = provider === "postgresql" ? "prisma/postgres" : "prisma";

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  adapter: async () => createAdapterForUrl(url),
} satisfies PrismaConfig;
