import "server-only";
import { appendAuditRows } from "@/lib/db/audit-chain";
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
  /** When it happened, if not now: e.g. an idle timeout took effect before the request that noticed it. */
  at?: Date;
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
// Ten values a row: far under SQLite's and PostgreSQL's bound-parameter limits.
const MAX_ROWS_PER_INSERT = 500;

/**
 * Appends one audit event, hash-chained to the one before (lib/db/audit-chain.ts); resolves once it is
 * committed. The table refuses UPDATE, DELETE and replacing inserts (triggers).
 */
export function recordAudit(event: AuditInput): Promise<void> {
  return new Promise<void>((written, failed) => {
    queue.push({ at: event.at ?? new Date(), event, written, failed });
    if (!writing) {
      writing = true;
      // After the current turn of the event loop, so events of requests running together share an INSERT.
      setImmediate(() => void writeQueued());
    }
  });
}

// The chain's tip as this process last wrote it; dropped after a failure, so it is read afresh.
let knownTip: string | undefined;

async function writeQueued(): Promise<void> {
  while (queue.length > 0) {
    const batch = queue.splice(0, MAX_ROWS_PER_INSERT);
    try {
      knownTip = await appendAuditRows(db, batch.map(toRow), knownTip);
      for (const p of batch) p.written();
    } catch (error) {
      knownTip = undefined;
      for (const p of batch) p.failed(error);
    }
  }
  writing = false;
}

function toRow({ at, event: e }: Pending) {
  return { at, userId: e.userId, action: e.action, resourceType: e.resourceType ?? null, resourceId: e.resourceId ?? null, outcome: e.outcome, ip: e.ip ?? null, detail: e.detail ?? null };
}
