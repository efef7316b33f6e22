import "server-only";
import { sqltag as sql, type Sql } from "@prisma/client/runtime/client";
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
 */
export function referralSearchSql(query: string): Sql {
  if (onPostgres()) {
    const pattern = query.replace(/[\\%_]/g, (c) => `\\${c}`);
    return sql`AND massagerx_search_text(r."patientName", r."conditionName") LIKE ('%' || massagerx_fold(${pattern}) || '%')`;
  }
  const phrase = `"${query.replace(/"/g, '""')}"`;
  return sql`AND r."id" IN (
    SELECT k."referralId" FROM "ReferralSearch" s JOIN "ReferralSearchKey" k ON k."rowid" = s."rowid"
    WHERE "ReferralSearch" MATCH ${phrase})`;
}
