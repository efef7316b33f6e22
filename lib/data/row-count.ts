import "server-only";
import { sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db/client";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";
import { EXACT_COUNT_LIMIT, SEARCH_EXACT_COUNT_LIMIT, rowCountEstimated, rowCountFrom, type RowCount } from "@/lib/domain/listing/row-count";
import { serverEnv } from "@/lib/env";

export const onPostgres = (): boolean => databaseProvider(resolveDatabaseUrl(serverEnv().DATABASE_URL)) === "postgresql";

/**
 * A count that reads at most EXACT_COUNT_LIMIT + 1 rows (`countUpTo` gets that limit and must stop
 * there, e.g. Prisma's `count({ where, take })`). Past the limit, PostgreSQL's planner estimates the
 * total from its statistics for `estimateQuery` (a SELECT of the same rows), without reading them.
 */
export async function countRows(countUpTo: (limit: number) => Promise<number>, estimateQuery: () => Sql): Promise<RowCount> {
  const counted = await countUpTo(EXACT_COUNT_LIMIT + 1);
  if (counted <= EXACT_COUNT_LIMIT || !onPostgres()) return rowCountFrom(counted, null);
  return rowCountFrom(counted, await plannerEstimate(estimateQuery()));
}

interface ExplainRow {
  "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] | string;
}

/**
 * The count of a search. PostgreSQL: the planner's estimate first (planning only, no rows read); only a
 * search it expects to be small (≤ SEARCH_EXACT_COUNT_LIMIT) is counted, capped one row past that.
 * SQLite has no estimate, so it counts capped at EXACT_COUNT_LIMIT as countRows does.
 */
export async function countSearchRows(countUpTo: (limit: number) => Promise<number>, estimateQuery: () => Sql): Promise<RowCount> {
  if (!onPostgres()) return countRows(countUpTo, estimateQuery);
  const estimate = await plannerEstimate(estimateQuery());
  if (estimate !== null && estimate > SEARCH_EXACT_COUNT_LIMIT) return rowCountEstimated(estimate);
  return rowCountFrom(await countUpTo(SEARCH_EXACT_COUNT_LIMIT + 1), estimate, SEARCH_EXACT_COUNT_LIMIT);
}

async function plannerEstimate(query: Sql): Promise<number | null> {
  // memory-guard: bounded — EXPLAIN returns one plan row.
  const [row] = await db.$queryRaw<ExplainRow[]>(sql`EXPLAIN (FORMAT JSON) ${query}`);
  const plan = typeof row?.["QUERY PLAN"] === "string" ? (JSON.parse(row["QUERY PLAN"]) as ExplainRow["QUERY PLAN"]) : row?.["QUERY PLAN"];
  const rows = Array.isArray(plan) ? plan[0]?.Plan["Plan Rows"] : undefined;
  return typeof rows === "number" && Number.isFinite(rows) ? Math.round(rows) : null;
}
