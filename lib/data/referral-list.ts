import "server-only";
import { empty, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db/client";
import { formatChosenDoseLine } from "@/lib/domain/dose/dose-words";
import { readKeysetPage, type KeysetPage, type KeysetPosition } from "@/lib/domain/listing/keyset";
import { rowCountFromPage, type RowCount } from "@/lib/domain/listing/row-count";
import { doseFiguresSchema, type ReferralStatus } from "@/lib/schemas/referral";
import { asStatus, type ReferralViewer } from "./referrals";
import { bulkReader } from "./performance-shortcuts";
import { countRows, countSearchRows } from "./row-count";
import { countFtsMatches, referralSearchSql, searchPlanFor, type SearchPlan } from "./referral-search-sql";

/**
 * The referral lists (a clinician's own, the admin's all) and the clinician's CSV export, flat at any
 * size: keyset pages over the (clinicianId | status, createdAt, id) indexes, counts that stop at 10,001
 * rows, and an indexed accent- and case-insensitive search (referral-search-sql.ts). One SQL text for
 * both databases except the search condition.
 */
export interface ReferralListItem {
  id: string;
  createdAt: string;
  status: ReferralStatus;
  patientName: string;
  patientDob: string;
  conditionName: string;
  icd10Code: string;
  doseLine: string;
  clinicianName: string;
}

export interface ReferralListPage extends Omit<KeysetPage<ReferralListItem>, "rows"> {
  items: ReferralListItem[];
  count: RowCount;
  pageSize: number;
}

export interface ReferralListFilter {
  /** Patient-name or condition search, whitespace collapsed; "" for none. */
  query: string;
  status?: ReferralStatus;
}

interface ListRow {
  id: string;
  createdAt: Date | string;
  status: string;
  patientName: string;
  patientDob: string;
  conditionName: string;
  icd10Code: string;
  finalDose: string;
  clinicianName: string;
}

/** Authorization in the WHERE clause: a clinician's query can only ever reach rows with their id. */
function whereSql(viewer: ReferralViewer, filter: ReferralListFilter, position: KeysetPosition | null, plan: SearchPlan = "in"): Sql {
  return sql`WHERE TRUE
    ${viewer.role === "ADMIN" ? empty : sql`AND r."clinicianId" = ${viewer.id}`}
    ${filter.status ? sql`AND r."status" = ${filter.status}` : empty}
    ${filter.query ? referralSearchSql(filter.query, plan) : empty}
    ${position ? keysetSql(position) : empty}`;
}

/** Rows strictly past the cursor in (createdAt, id) order, written so the index range starts there. */
function keysetSql({ direction, cursor }: KeysetPosition): Sql {
  return direction === "older"
    ? sql`AND r."createdAt" <= ${cursor.at} AND (r."createdAt" < ${cursor.at} OR r."id" < ${cursor.id})`
    : sql`AND r."createdAt" >= ${cursor.at} AND (r."createdAt" > ${cursor.at} OR r."id" > ${cursor.id})`;
}

type RowReader = (query: Sql) => Promise<ListRow[]>;
const throughPrisma: RowReader = (query) => db.$queryRaw<ListRow[]>(query);

async function readRows(
  viewer: ReferralViewer,
  filter: ReferralListFilter,
  position: KeysetPosition | null,
  take: number,
  plan: SearchPlan,
  read: RowReader = throughPrisma,
): Promise<ListRow[]> {
  const order = position?.direction === "newer" ? sql`ASC` : sql`DESC`;
  return read(sql`
    SELECT r."id", r."createdAt", r."status", r."patientName", r."patientDob", r."conditionName", r."icd10Code", r."finalDose",
      u."name" AS "clinicianName"
    FROM "Referral" r JOIN "User" u ON u."id" = r."clinicianId"
    ${whereSql(viewer, filter, position, plan)}
    ORDER BY r."createdAt" ${order}, r."id" ${order}
    LIMIT ${take}`);
}

function toItem(r: ListRow): ReferralListItem {
  const dose = doseFiguresSchema.safeParse(safeJson(r.finalDose));
  return {
    id: r.id,
    createdAt: new Date(r.createdAt).toISOString(),
    status: asStatus(r.status),
    patientName: r.patientName,
    patientDob: r.patientDob,
    conditionName: r.conditionName,
    icd10Code: r.icd10Code,
    doseLine: dose.success ? formatChosenDoseLine(dose.data) : "",
    clinicianName: r.clinicianName,
  };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

const keyOf = (r: ListRow) => ({ at: new Date(r.createdAt), id: r.id });

/** One page of the viewer's referrals, newest first, at `position` (null: the newest page). */
export async function listReferrals(
  viewer: ReferralViewer,
  filter: ReferralListFilter,
  position: KeysetPosition | null,
  pageSize: number,
): Promise<ReferralListPage> {
  const plan = await searchPlanFor(filter.query, pageSize);
  // Every referral has one FTS row, so an admin's unfiltered search is counted on the FTS table alone.
  const ftsOnly = plan === "walk" && viewer.role === "ADMIN" && !filter.status;
  // A common text within a clinician's or a status's rows: counting reads every match in the table.
  const countFromPage = plan === "walk" && !ftsOnly;
  const [page, counted] = await Promise.all([
    readKeysetPage((q) => readRows(viewer, filter, q.position, q.take, plan), keyOf, position, pageSize),
    countFromPage
      ? null
      : (filter.query ? countSearchRows : countRows)(
      async (limit) => {
        if (ftsOnly) return countFtsMatches(filter.query, limit);
        const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
          SELECT count(*) AS "n" FROM (SELECT 1 FROM "Referral" r ${whereSql(viewer, filter, null)} LIMIT ${limit}) t`;
        return Number(row?.n ?? 0);
      },
      // memory-guard: bounded — never read: only EXPLAINed for the planner's estimate (row-count.ts).
      () => sql`SELECT 1 FROM "Referral" r ${whereSql(viewer, filter, null)}`,
    ),
  ]);
  const count = counted ?? rowCountFromPage(page.rows.length, position === null, page.older !== null);
  return { items: page.rows.map(toItem), newer: page.newer, older: page.older, count, pageSize };
}

/** Rows per query of the CSV export: memory holds one batch, whatever the list's size. */
export const REFERRAL_EXPORT_BATCH = 500;

/**
 * Every referral of the filter, newest first, in keyset batches (the clinician's CSV export), read on the
 * driver like the audit export (bulkReader, lib/data/performance-shortcuts.ts): through Prisma a 50k-row
 * export held +11 MB over idle.
 */
export async function* referralBatches(viewer: ReferralViewer, filter: ReferralListFilter): AsyncGenerator<ReferralListItem[]> {
  let position: KeysetPosition | null = null;
  const plan = await searchPlanFor(filter.query, REFERRAL_EXPORT_BATCH);
  for (;;) {
    const rows = await readRows(viewer, filter, position, REFERRAL_EXPORT_BATCH, plan, (query) => bulkReader.rows<ListRow>(query));
    if (rows.length === 0) return;
    yield rows.map(toItem);
    const last = rows.at(-1);
    if (!last || rows.length < REFERRAL_EXPORT_BATCH) return;
    position = { direction: "older", cursor: keyOf(last) };
  }
}
