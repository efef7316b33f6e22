/**
 * Run by bulk-reader.test.ts in a child process whose TZ is set (jest's sandbox copies process.env, so a
 * test cannot change the zone of its own process): reads one user's sessions after an instant through the
 * bulk reader and prints their creation times as ISO strings.
 */
import { sqltag as sql } from "@prisma/client/runtime/client";
import { createBulkReader } from "@/lib/db/bulk-reader";

async function main(): Promise<void> {
  const [url, userId, after] = process.argv.slice(2);
  if (!url || !userId || !after) throw new Error("usage: bulk-reader-in-time-zone <url> <userId> <after ISO>");
  const reader = createBulkReader(url);
  const rows = await reader.rows<{ createdAt: Date }>(
    sql`SELECT "createdAt" FROM "AuthSession" WHERE "userId" = ${userId} AND "createdAt" > ${new Date(after)} ORDER BY "createdAt"`,
  );
  await reader.close();
  process.stdout.write(
    JSON.stringify({ zoneOffsetMinutes: new Date().getTimezoneOffset(), createdAt: rows.map((r) => r.createdAt.toISOString()) }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
