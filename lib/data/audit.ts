import "server-only";
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

/** Appends one audit event. The table refuses UPDATE and DELETE (database triggers). */
export async function recordAudit(event: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      userId: event.userId,
      action: event.action,
      resourceType: event.resourceType ?? null,
      resourceId: event.resourceId ?? null,
      outcome: event.outcome,
      ip: event.ip ?? null,
      detail: event.detail ?? null,
    },
  });
}
