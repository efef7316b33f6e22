import "server-only";
import { sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db/client";
import { chooseSearchPlan, walkThreshold, type SearchPlan } from "@/lib/domain/listing/search-plan";
import { onPostgres } from "./row-count";

/**
 * The referral search condition: the search text occurs in the patient's name or the condition name,
 * ignoring case and accents ("zoe nunez" finds "Zoë Ñúñez"), answered from an index on both databases
 * (migration 20261201170500_referral_search):
 * - PostgreSQL: a pg_trgm GIN index on massagerx_search_text(patientName, conditionName), which folds
 *   case and accents (unaccent); LIKE '%…%' is answered from the trigram index.
 * - SQLite: an FTS5 table with the trigram tokenizer (remove_diacritics), kept in step with Referral by
 *   triggers; the text is matched as one phrase, which the trigram tokenizer treats as a substring.
 * Both need at least 3 characters (a trigram); the schema asks for that.
 *
 * SQLite has no statistics to choose between the two ways of answering a search, so the app chooses
 * (searchPlanFor, by the share of rows the text matches: lib/domain/listing/search-plan.ts): a text
 * matching few of the rows is answered from its FTS matches ("in"), one matching a large share ("neck",
 * 1 referral in 7) by walking the list's own (createdAt, id) index newest first and probing the FTS
 * table per row ("walk"), which stops at the page's end.
 */
export type { SearchPlan };

const phraseOf = (query: string) => `"${query.replace(/"/g, '""')}"`;

/** FTS matches of the text, counted up to `limit` (a read of the FTS doclists only: a few ms). */
export async function countFtsMatches(query: string, limit: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS "n" FROM (SELECT "rowid" FROM "ReferralSearch" WHERE "ReferralSearch" MATCH ${phraseOf(query)} LIMIT ${limit}) t`;
  return Number(row?.n ?? 0);
}

export async function searchPlanFor(query: string, pageSize = 20): Promise<SearchPlan> {
  if (!query || onPostgres()) return "in";
  // The key table's largest rowid is the number of referrals ever indexed (rows are only appended):
  // one index seek, where count(*) would read the whole table.
  // memory-guard: bounded — an aggregate returns one row.
  const [row] = await db.$queryRaw<{ n: number | bigint | null }[]>`SELECT max("rowid") AS "n" FROM "ReferralSearchKey"`;
  const totalRows = Number(row?.n ?? 0);
  const threshold = walkThreshold(totalRows, pageSize);
  return chooseSearchPlan(await countFtsMatches(query, threshold + 1), totalRows, pageSize);
}

export function referralSearchSql(query: string, plan: SearchPlan = "in"): Sql {
  if (onPostgres()) {
    const pattern = query.replace(/[\\%_]/g, (c) => `\\${c}`);
    return sql`AND massagerx_search_text(r."patientName", r."conditionName") LIKE ('%' || massagerx_fold(${pattern}) || '%')`;
  }
  if (plan === "walk") {
    return sql`AND EXISTS (
      SELECT 1 FROM "ReferralSearchKey" k JOIN "ReferralSearch" s ON s."rowid" = k."rowid"
      WHERE k."referralId" = r."id" AND "ReferralSearch" MATCH ${phraseOf(query)})`;
  }
  return sql`AND r."id" IN (
    SELECT k."referralId" FROM "ReferralSearch" s JOIN "ReferralSearchKey" k ON k."rowid" = s."rowid"
    WHERE "ReferralSearch" MATCH ${phraseOf(query)})`;
}
