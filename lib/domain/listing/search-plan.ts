/**
 * How SQLite answers a referral search (lib/data/referral-search-sql.ts), chosen by the app because
 * SQLite keeps no statistics for the FTS table:
 * - "in": read every FTS match of the text, then walk the list's index keeping the rows among them.
 *   Cost grows with the number of matches M.
 * - "walk": walk the list's (createdAt, id) index newest first and probe the FTS table for each row,
 *   stopping when the page is full. With the matches spread over the list, it probes about
 *   pageSize × N / M rows (N rows in all), and one probe costs far more than reading one match.
 *
 * Walking wins only when the text matches a large SHARE of the rows, not merely many rows: at 1M
 * referrals a surname with 24,094 matches (2.4%) took 3.5 s walking and 78 ms read from its matches,
 * while "neck" (142,859 matches, 14%) took 211 ms walking against 2.7 s read from its matches
 * (bench database of `npm run bench:scale`, docs/performance.md). Walking costs
 * pageSize × N / M × PROBE_COST_IN_MATCHES against M for reading the matches, so it is chosen when
 * M² > PROBE_COST_IN_MATCHES × pageSize × N.
 */
export type SearchPlan = "in" | "walk";

/** One FTS probe per walked row costs about as much as reading this many FTS matches (measured above: 1.4-4 ms against 5-19 µs). */
export const PROBE_COST_IN_MATCHES = 300;

/** The number of matches above which walking the index is cheaper, for a list of `totalRows` rows read `pageSize` at a time. */
export function walkThreshold(totalRows: number, pageSize: number): number {
  return Math.ceil(Math.sqrt(PROBE_COST_IN_MATCHES * Math.max(1, pageSize) * Math.max(1, totalRows)));
}

/** The cheaper plan for a text with `matches` FTS matches (counted up to at least the threshold + 1). */
export function chooseSearchPlan(matches: number, totalRows: number, pageSize: number): SearchPlan {
  return matches > walkThreshold(totalRows, pageSize) ? "walk" : "in";
}
