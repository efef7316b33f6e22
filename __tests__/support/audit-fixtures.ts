/** Audit rows in bulk for the paging, count and export tests: one multi-row INSERT per 500 events. */
import { appendAuditRows } from "@/lib/db/audit-chain";
import { db } from "@/lib/db/client";

export interface FixtureEvent {
  at: Date;
  action: string;
  userId?: string | null;
  resourceId?: string;
}

/** Through the audit chain's writer (the table refuses unchained rows, issue 19). */
export async function insertAuditEvents(events: FixtureEvent[]): Promise<void> {
  let tip: string | undefined;
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
    tip = await appendAuditRows(db, rows, tip);
  }
}

/** `count` events of `action`, one millisecond apart from `start` unless `sameInstant`, numbered in resourceId. */
export function eventSeries(action: string, count: number, start: Date, sameInstant = false): FixtureEvent[] {
  return Array.from({ length: count }, (_, i) => ({ action, at: new Date(start.getTime() + (sameInstant ? 0 : i)), resourceId: String(i) }));
}
