import "server-only";
import { empty, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db/client";
import { positionFrom, readKeysetPage, type KeysetPage, type KeysetPosition } from "@/lib/domain/listing/keyset";
import type { RowCount } from "@/lib/domain/listing/row-count";
import type { AuditFilter } from "@/lib/schemas/audit-filter";
import { assertAdminViewer, type DataViewer } from "./data-viewer";
import { bulkReader } from "./performance-shortcuts";
import { countRows } from "./row-count";

/**
 * Reading the audit trail (admin pages and export), for admins only: each function takes the viewer and
 * refuses anyone else itself (data-viewer.ts), whatever the caller checked. Kept apart from lib/data/audit.ts, which only
 * appends: nothing in the app updates or deletes audit events, and the database refuses it anyway.
 *
 * Every read here is bounded, whatever the size of the trail (10M events in bench:scale): pages and
 * export batches are keyset reads over the (at, id) indexes, counts stop at 10,001 rows, and the action
 * list walks the (action, …) index one distinct value at a time.
 */
export const AUDIT_PAGE_SIZE = 50;
/** Rows per query of the streaming export: memory holds one batch, whatever the export's size. */
export const AUDIT_EXPORT_BATCH = 1_000;
/** The action dropdown lists at most this many distinct actions (the code writes a few dozen). */
const MAX_ACTIONS = 500;

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

type StoredAuditRow = Omit<AuditRow, "userEmail">;

const auditSelect = { id: true, at: true, userId: true, action: true, resourceType: true, resourceId: true, outcome: true, ip: true, detail: true } as const;

interface DayRange {
  gte?: Date;
  lt?: Date;
}

function dayRange(filter: AuditFilter): DayRange {
  const range: DayRange = {};
  if (filter.from) range.gte = new Date(`${filter.from}T00:00:00.000Z`);
  // "to" is an inclusive day: everything before the next UTC midnight.
  if (filter.to) range.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return range;
}

function whereOf(filter: AuditFilter) {
  const at = dayRange(filter);
  return {
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(at.gte || at.lt ? { at } : {}),
  };
}

/** The same filter as SQL, for the capped count and PostgreSQL's row estimate of a large result. */
function whereSql(filter: AuditFilter): Sql {
  const at = dayRange(filter);
  return sql`WHERE TRUE
    ${filter.userId ? sql`AND "userId" = ${filter.userId}` : empty}
    ${filter.action ? sql`AND "action" = ${filter.action}` : empty}
    ${at.gte ? sql`AND "at" >= ${at.gte}` : empty}
    ${at.lt ? sql`AND "at" < ${at.lt}` : empty}`;
}

/** Rows strictly past the cursor in (at, id) order; written so the index range starts at the cursor. */
function keysetWhere(position: KeysetPosition | null) {
  if (!position) return {};
  const at = position.cursor.at;
  const id = Number(position.cursor.id);
  if (!Number.isSafeInteger(id)) return { id: -1 };
  return position.direction === "older"
    ? { AND: [{ at: { lte: at } }, { OR: [{ at: { lt: at } }, { id: { lt: id } }] }] }
    : { AND: [{ at: { gte: at } }, { OR: [{ at: { gt: at } }, { id: { gt: id } }] }] };
}

async function readRows(filter: AuditFilter, position: KeysetPosition | null, take: number, newestFirst = true): Promise<StoredAuditRow[]> {
  const descending = position ? position.direction === "older" : newestFirst;
  const order = descending ? "desc" : "asc";
  return db.auditEvent.findMany({
    where: { AND: [whereOf(filter), keysetWhere(position)] },
    orderBy: [{ at: order }, { id: order }],
    take,
    select: auditSelect,
  });
}

async function withEmails(rows: StoredAuditRow[]): Promise<AuditRow[]> {
  const ids = [...new Set(rows.map((r) => r.userId).filter((id): id is string => id !== null))];
  // memory-guard: bounded by the ids of one page or batch.
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  const emails = new Map(users.map((u) => [u.id, u.email]));
  return rows.map((r) => ({ ...r, userEmail: r.userId ? (emails.get(r.userId) ?? null) : null }));
}

export interface AuditPage extends KeysetPage<AuditRow> {
  count: RowCount;
}

/** One page of the filtered trail, newest first, at the position of the filter's before/after cursor. */
export async function listAuditEvents(viewer: DataViewer, filter: AuditFilter): Promise<AuditPage> {
  await assertAdminViewer(viewer);
  const position = positionFrom(filter.before, filter.after);
  const [page, count] = await Promise.all([
    readKeysetPage((q) => readRows(filter, q.position, q.take), (r) => ({ at: r.at, id: String(r.id) }), position, AUDIT_PAGE_SIZE),
    countRows(
      // Raw SQL, not Prisma's count({ take }): that adds ORDER BY id, and the filtered rows are indexed by
      // (userId | action, at, id), so PostgreSQL read and sorted all of a busy user's 250k events to count
      // 10,001 of them (120-220 ms at 10M events; this reads 10,001 index entries, about 6 ms).
      async (limit) => {
        // memory-guard: bounded — an aggregate returns one row.
        const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
          SELECT count(*) AS "n" FROM (SELECT 1 FROM "AuditEvent" ${whereSql(filter)} LIMIT ${limit}) t`;
        return Number(row?.n ?? 0);
      },
      // memory-guard: bounded — never read: only EXPLAINed for the planner's estimate (row-count.ts).
      () => sql`SELECT 1 FROM "AuditEvent" ${whereSql(filter)}`,
    ),
  ]);
  return { ...page, rows: await withEmails(page.rows), count };
}

/**
 * Every event of the filter in batches of AUDIT_EXPORT_BATCH, newest or oldest first, for the streaming
 * export. Events written after `until` (the export's start, its own audit event included) are left
 * out, so an oldest-first export of a busy trail ends. Read on the driver (bulkReader, see
 * performance-shortcuts.ts) with the same keyset as the pages, so memory holds one batch.
 */
export async function* auditEventBatches(viewer: DataViewer, filter: AuditFilter, newestFirst: boolean, until: Date): AsyncGenerator<AuditRow[]> {
  await assertAdminViewer(viewer);
  const state: ExportState = { cursor: null, more: true, emails: new Map() };
  while (state.more) {
    // Yielded straight from the call: the generator keeps no reference to a batch while the client
    // takes it, so a batch is garbage as soon as it is written (a 1M-row export stays within one batch).
    const rows = await nextExportBatch(state, filter, newestFirst, until);
    if (rows.length === 0) return;
    yield rows;
  }
}

interface ExportState {
  cursor: { at: Date; id: number } | null;
  more: boolean;
  /** Each user's email, asked for once per export (bounded by the number of accounts). */
  emails: Map<string, string | null>;
}

async function nextExportBatch(state: ExportState, filter: AuditFilter, newestFirst: boolean, until: Date): Promise<AuditRow[]> {
  const rows = await bulkReader.rows<StoredAuditRow>(exportBatchSql(filter, newestFirst, until, state.cursor));
  const last = rows.at(-1);
  state.more = last !== undefined && rows.length === AUDIT_EXPORT_BATCH;
  if (last) state.cursor = { at: last.at, id: last.id };
  return withKnownEmails(rows, state.emails);
}

/** One export batch: rows of the filter up to `until`, strictly past the cursor in (at, id) order. */
function exportBatchSql(filter: AuditFilter, newestFirst: boolean, until: Date, cursor: { at: Date; id: number } | null): Sql {
  // Written as in keysetWhere (at bound first, then the tie on id), so the index range starts at the cursor.
  const past = !cursor
    ? empty
    : newestFirst
      ? sql`AND "at" <= ${cursor.at} AND ("at" < ${cursor.at} OR "id" < ${cursor.id})`
      : sql`AND "at" >= ${cursor.at} AND ("at" > ${cursor.at} OR "id" > ${cursor.id})`;
  const order = newestFirst ? sql`ORDER BY "at" DESC, "id" DESC` : sql`ORDER BY "at" ASC, "id" ASC`;
  return sql`SELECT "id", "at", "userId", "action", "resourceType", "resourceId", "outcome", "ip", "detail"
    FROM "AuditEvent" ${whereSql(filter)} AND "at" <= ${until} ${past} ${order} LIMIT ${AUDIT_EXPORT_BATCH}`;
}

/** The batch with each user's email, asking the database only for users this export has not met yet. */
async function withKnownEmails(rows: StoredAuditRow[], emails: Map<string, string | null>): Promise<AuditRow[]> {
  const unknown = [...new Set(rows.map((r) => r.userId))].filter((id): id is string => id !== null && !emails.has(id));
  if (unknown.length > 0) {
    // memory-guard: bounded by the ids of one batch.
    const users = await db.user.findMany({ where: { id: { in: unknown } }, select: { id: true, email: true } });
    for (const id of unknown) emails.set(id, null);
    for (const u of users) emails.set(u.id, u.email);
  }
  return rows.map((r) => ({ ...r, userEmail: r.userId ? (emails.get(r.userId) ?? null) : null }));
}

/**
 * The distinct actions in the trail, for the filter's dropdown, by a loose index scan: each step asks
 * the (action, at, id) index for the first action after the previous one, so the query costs one index
 * probe per distinct action instead of reading every event (at 10M events the old DISTINCT read them
 * all into memory and took the server down). Same SQL on SQLite and PostgreSQL.
 */
export async function listAuditActions(viewer: DataViewer): Promise<string[]> {
  await assertAdminViewer(viewer);
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE "actions"("action", "n") AS (
      SELECT (SELECT "action" FROM "AuditEvent" ORDER BY "action" LIMIT 1), 1
      UNION ALL
      SELECT (SELECT e."action" FROM "AuditEvent" e WHERE e."action" > a."action" ORDER BY e."action" LIMIT 1), a."n" + 1
      FROM "actions" a
      WHERE a."action" IS NOT NULL AND a."n" < ${MAX_ACTIONS}
    )
    SELECT "action" FROM "actions" WHERE "action" IS NOT NULL`;
  return rows.map((r) => r.action);
}
