import "server-only";
import { appendAuditRows } from "@/lib/db/audit-chain";
import { db } from "@/lib/db/client";
import { createGroupCommit } from "./performance-shortcuts";

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

/** An event and the time it was recorded (not the time its batch was written). */
interface Pending {
  at: Date;
  event: AuditInput;
}

// Group commit (lib/data/performance-shortcuts.ts says why and which benchmark justifies it): each
// INSERT carries a fixed cost in Prisma far above the database's own, so events of requests running
// together share one multi-row INSERT; every caller still waits until its own row is committed.
// Ten values a row: far under SQLite's and PostgreSQL's bound-parameter limits.
const MAX_ROWS_PER_INSERT = 500;

/**
 * Appends one audit event, hash-chained to the one before (lib/db/audit-chain.ts); resolves once it is
 * committed. The table refuses UPDATE, DELETE and replacing inserts (triggers).
 */
export function recordAudit(event: AuditInput): Promise<void> {
  return writeGrouped({ at: event.at ?? new Date(), event });
}

// The chain's tip as this process last wrote it; dropped after a failure, so it is read afresh.
let knownTip: string | undefined;

const writeGrouped = createGroupCommit<Pending>(async (batch) => {
  try {
    knownTip = await appendAuditRows(db, batch.map(toRow), knownTip);
  } catch (error) {
    knownTip = undefined;
    throw error;
  }
}, MAX_ROWS_PER_INSERT);

function toRow({ at, event: e }: Pending) {
  return { at, userId: e.userId, action: e.action, resourceType: e.resourceType ?? null, resourceId: e.resourceId ?? null, outcome: e.outcome, ip: e.ip ?? null, detail: e.detail ?? null };
}
