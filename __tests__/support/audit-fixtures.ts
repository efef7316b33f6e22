/** Audit rows in bulk for the paging, count and export tests, hash-chained as the app writes them. */
import { db } from "@/lib/db/client";
import { appendAuditRows } from "@/lib/db/audit-chain";

export interface FixtureEvent {
  at: Date;
  action: string;
  userId?: string | null;
  resourceId?: string;
}

export async function insertAuditEvents(events: FixtureEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    const rows = events.slice(i, i + 500).map((e) => ({
      at: e.at,
      userId: e.userId ?? null,
      action: e.action,
      resourceType: "audit-test",
      resourceId: e.resourceId ?? null,
      outcome: "success",
      ip: null,
      detail: null,
    }));
    await appendAuditRows(db, rows);
  }
}

/** `count` events of `action`, one millisecond apart from `start` unless `sameInstant`, numbered in resourceId. */
export function eventSeries(action: string, count: number, start: Date, sameInstant = false): FixtureEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    action,
    at: new Date(start.getTime() + (sameInstant ? 0 : i)),
    resourceId: String(i),
  }));
}
