/**
 * Row counts that never scan a large table. A count is exact up to EXACT_COUNT_LIMIT (counting stops at
 * one row past it); past that it is "more than 10,000", and on PostgreSQL also the planner's estimate
 * of the total, labelled as an estimate.
 */
export const EXACT_COUNT_LIMIT = 10_000;

/**
 * A search for a common word cannot be counted flat: even capped, the count reads rows in proportion to
 * how rare the word is (1 in 7 referrals mention the neck: 70,000 rows to find 10,001). On PostgreSQL
 * a search is counted only when the planner expects at most this many matches, and is otherwise shown
 * as the planner's estimate alone (bench:scale, docs/performance.md).
 */
export const SEARCH_EXACT_COUNT_LIMIT = 1_000;

export type RowCount =
  | { exact: true; value: number }
  | { exact: false; moreThan: number; estimate: number | null }
  /** Not counted at all: the planner's estimate of a large search result. */
  | { exact: false; moreThan: null; estimate: number };

export function rowCountFrom(counted: number, estimate: number | null, limit = EXACT_COUNT_LIMIT): RowCount {
  if (counted <= limit) return { exact: true, value: counted };
  // An estimate below what was counted is a stale statistic, not information.
  return { exact: false, moreThan: limit, estimate: estimate !== null && estimate > limit ? estimate : null };
}

/**
 * The count of a search too common to count within a clinician's or a status's rows on SQLite (it walks
 * the list's index, lib/domain/listing/search-plan.ts): counting would read every match of the text
 * in the whole table (324 ms for "neck" at 1M referrals), so the page says only what it has seen: the
 * exact number when the newest page holds them all, otherwise "more than" the rows shown.
 */
export function rowCountFromPage(shown: number, newestPage: boolean, more: boolean): RowCount {
  if (newestPage && !more) return { exact: true, value: shown };
  return { exact: false, moreThan: shown, estimate: null };
}

export function rowCountEstimated(estimate: number): RowCount {
  return { exact: false, moreThan: null, estimate };
}

const whole = new Intl.NumberFormat("en-US");

/** "1 referral", "2,345 referrals", "more than 10,000 referrals (about 1.2 million…)", "about 140,000 referrals (an estimate)". */
export function describeRowCount(count: RowCount, singular: string, plural: string): string {
  if (count.exact) return `${whole.format(count.value)} ${count.value === 1 ? singular : plural}`;
  if (count.moreThan === null) return `about ${approximately(count.estimate)} ${plural} (an estimate)`;
  const about = count.estimate === null ? "" : ` (about ${approximately(count.estimate)} in all, an estimate)`;
  return `more than ${whole.format(count.moreThan)} ${plural}${about}`;
}

function approximately(n: number): string {
  if (n >= 1_000_000) return `${trim(n / 1_000_000)} million`;
  if (n >= 10_000) return `${whole.format(Math.round(n / 1000))},000`;
  return whole.format(Math.round(n));
}

function trim(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}
