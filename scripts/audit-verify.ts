/**
 * `npm run audit:verify`: checks the audit trail's hash chain on DATABASE_URL (SQLite or PostgreSQL) and
 * reports the first broken link. Exit 0 when the chain holds, 1 when a link is broken, 2 when the
 * database cannot be read. Only reads: safe beside a running app.
 */
import { verifyAuditChain } from "@/lib/db/audit-verify";
import { createPrismaClient } from "@/lib/db/create-client";

async function main(): Promise<number> {
  const db = createPrismaClient();
  try {
    const report = await verifyAuditChain(db);
    if (report.broken) {
      console.log(`Audit chain BROKEN at event #${report.broken.id}: ${report.broken.reason}.`);
      console.log(`${report.rows} rows read up to there; rows from that one on cannot be trusted.`);
      return 1;
    }
    const legacy = report.unchained > 0 ? ` (${report.unchained} rows from before the chain began are not covered)` : "";
    console.log(`Audit chain intact: ${report.rows} rows${legacy}.`);
    console.log(`Tip ${report.tip} — keep it outside the database to detect a cut-off tail later.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The audit trail could not be read: ${error instanceof Error ? error.name : "unknown error"}`);
    process.exit(2);
  },
);
