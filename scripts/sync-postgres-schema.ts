/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma: same models, PostgreSQL provider,
 * its own generated client. Run after editing the models: `npm run db:sync-schema`.
 * __tests__/unit/schema-parity.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function postgresSchemaFrom(sqliteSchema: string): string {
  return (
    "// GENERATED from ../schema.prisma by scripts/sync-postgres-schema.ts. Do not edit.\n" +
    sqliteSchema
      .replace(/^\/\/ Source schema[\s\S]*?\n\n/m, "")
      .replace('output     = "../lib/db/generated/sqlite"', 'output     = "../../lib/db/generated/postgres"')
      .replace('provider = "sqlite"', 'provider = "postgresql"')
  );
}

if (require.main === module) {
  const root = path.join(__dirname, "..");
  const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  writeFileSync(path.join(root, "prisma/postgres/schema.prisma"), postgresSchemaFrom(source));
  console.log("prisma/postgres/schema.prisma updated");
}
