import "server-only";
import { db } from "@/lib/db/client";
import type { AuditFilter } from "@/lib/schemas/audit-filter";

/**
 * Reading the audit trail (admin pages and export). Kept apart from lib/data/audit.ts, which only
 * appends: nothing in the app updates or deletes audit events, and the database refuses it anyway.
 */
export const AUDIT_PAGE_SIZE = 50;
/** One export is capped so a wide filter cannot exhaust the server's memory. */
export const AUDIT_EXPORT_MAX = 50_000;

export interface AuditRow {
  id: number;
  at: Date;
  userId: string | null;
  userEmail: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: string;
  ip: string | null;
  detail: string | null;
}

function whereOf(filter: AuditFilter) {
  const at: { gte?: Date; lt?: Date } = {};
  if (filter.from) at.gte = new Date(`${filter.from}T00:00:00.000Z`);
  // "to" is an inclusive day: everything before the next UTC midnight.
  if (filter.to) at.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return {
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(at.gte || at.lt ? { at } : {}),
  };
}

async function withEmails(rows: Omit<AuditRow, "userEmail">[]): Promise<AuditRow[]> {
  const ids = [...new Set(rows.map((r) => r.userId).filter((id): id is string => id !== null))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  const emails = new Map(users.map((u) => [u.id, u.email]));
  return rows.map((r) => ({ ...r, userEmail: r.userId ? (emails.get(r.userId) ?? null) : null }));
}

export async function listAuditEvents(filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number; pages: number }> {
  const where = whereOf(filter);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (filter.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return { rows: await withEmails(rows), total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export async function auditEventsForExport(filter: AuditFilter): Promise<AuditRow[]> {
  const rows = await db.auditEvent.findMany({ where: whereOf(filter), orderBy: { id: "asc" }, take: AUDIT_EXPORT_MAX });
  return withEmails(rows);
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
