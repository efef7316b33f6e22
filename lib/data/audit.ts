import "server-only";
import { join, sqltag as sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db/client";

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditInput {
  userId: string | null;
  action: string;
  resourceType?: string;
  resourceId?: string;
  outcome: AuditOutcome;
  ip?: string | null;
  /** Never PHI and never a secret: ids, codes and counts only. */
  detail?: string;
}

interface Pending {
  at: Date;
  event: AuditInput;
  written: () => void;
  failed: (error: unknown) => void;
}

/**
 * Group commit. Nearly every request writes an event, and each INSERT carries a fixed cost in Prisma
 * far above the database's own (docs/performance.md). So events are queued, and one multi-row INSERT at
 * a time writes everything queued since the last one started. Every caller still waits until its own
 * row is committed, so nothing is acknowledged before it is in the audit trail; a failed INSERT fails
 * every caller whose event it held, as a single insert would. Without concurrency this is one INSERT
 * per event, as before.
 */
const queue: Pending[] = [];
let writing = false;
// Eight values a row: far under SQLite's and PostgreSQL's bound-parameter limits.
const MAX_ROWS_PER_INSERT = 500;

/** Appends one audit event; resolves once it is committed. The table refuses UPDATE and DELETE (triggers). */
export function recordAudit(event: AuditInput): Promise<void> {
  return new Promise<void>((written, failed) => {
    queue.push({ at: new Date(), event, written, failed });
    if (!writing) {
      writing = true;
      // After the current turn of the event loop, so events of requests running together share an INSERT.
      setImmediate(() => void writeQueued());
    }
  });
}

async function writeQueued(): Promise<void> {
  while (queue.length > 0) {
    const batch = queue.splice(0, MAX_ROWS_PER_INSERT);
    try {
      await insertEvents(batch);
      for (const p of batch) p.written();
    } catch (error) {
      for (const p of batch) p.failed(error);
    }
  }
  writing = false;
}

function insertEvents(batch: Pending[]): Promise<number> {
  // `at` is given here because its default is applied by Prisma's query API, not by the database; the
  // driver stores the Date exactly as Prisma would, so events written either way sort together.
  const rows = batch.map(
    ({ at, event: e }) =>
      sql`(${at}, ${e.userId}, ${e.action}, ${e.resourceType ?? null}, ${e.resourceId ?? null}, ${e.outcome}, ${e.ip ?? null}, ${e.detail ?? null})`,
  );
  return db.$executeRaw`
    INSERT INTO "AuditEvent" ("at", "userId", "action", "resourceType", "resourceId", "outcome", "ip", "detail")
    VALUES ${join(rows)}`;
}
