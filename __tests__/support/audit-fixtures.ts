/** Audit rows in bulk for the paging, count and export tests: one multi-row INSERT per 500 events. */
import { join, sqltag as sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db/client";

export interface FixtureEvent {
  at: Date;
  action: string;
  userId?: string | null;
  resourceId?: string;
}

export async function insertAuditEvents(events: FixtureEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    const rows = events
      .slice(i, i + 500)
      .map((e) => sql`(${e.at}, ${e.userId ?? null}, ${e.action}, ${"audit-test"}, ${e.resourceId ?? null}, ${"success"}, ${null}, ${null})`);
    await db.$executeRaw`
      INSERT INTO "AuditEvent" ("at", "userId", "action", "resourceType", "resourceId", "outcome", "ip", "detail")
      VALUES ${join(rows)}`;
  }
}

/** `count` events of `action`, one millisecond apart from `start` unless `sameInstant`, numbered in resourceId. */
export function eventSeries(action: string, count: number, start: Date, sameInstant = false): FixtureEvent[] {
  return Array.from({ length: count }, (_, i) => ({ action, at: new Date(start.getTime() + (sameInstant ? 0 : i)), resourceId: String(i) }));
}
