/**
 * Row counts that never scan a large table. A count is exact up to EXACT_COUNT_LIMIT (counting stops at
 * one row past it); past that it is "more than 10,000", and on PostgreSQL also the planner's estimate
 * of the total, labelled as an estimate.
 */
export const EXACT_COUNT_LIMIT = 10_000;

export type RowCount = { exact: true; value: number } | { exact: false; moreThan: number; estimate: number | null };

export function rowCountFrom(counted: number, estimate: number | null): RowCount {
  if (counted <= EXACT_COUNT_LIMIT) return { exact: true, value: counted };
  // An estimate below what was counted is a stale statistic, not information.
  return { exact: false, moreThan: EXACT_COUNT_LIMIT, estimate: estimate !== null && estimate > EXACT_COUNT_LIMIT ? estimate : null };
}

const whole = new Intl.NumberFormat("en-US");

/** "1 referral", "2,345 referrals", "more than 10,000 referrals (about 1.2 million)". */
export function describeRowCount(count: RowCount, singular: string, plural: string): string {
  if (count.exact) return `${whole.format(count.value)} ${count.value === 1 ? singular : plural}`;
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
