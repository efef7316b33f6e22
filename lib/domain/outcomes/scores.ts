/**
 * Outcome scores a therapist records at the first session, along the way and at the end of a course,
 * and what one course's scores say: change in pain and in PEG from the first to the last score, whether
 * pain fell by at least 30%, and the patient's last global impression of change.
 *
 * Sources:
 * - Pain 0-10 numerical rating scale; "at least 30% less pain" is a moderately important (clinically
 *   meaningful) improvement: Farrar JT et al. Clinical importance of changes in chronic pain intensity
 *   measured on an 11-point numerical pain rating scale. Pain 2001;94(2):149-158,
 *   doi:10.1016/S0304-3959(01)00349-9 (a reduction of about two points or about 30% matched "much
 *   improved" on the PGIC), adopted by IMMPACT: Dworkin RH et al. J Pain 2008;9(2):105-121,
 *   doi:10.1016/j.jpain.2007.09.005 (10-20% minimally, >= 30% moderately, >= 50% substantially important).
 * - PEG-3: Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing
 *   pain intensity and interference. J Gen Intern Med 2009;24(6):733-738, doi:10.1007/s11606-009-0981-1.
 *   The score is the mean of its three 0-10 items (average pain, interference with enjoyment of life,
 *   interference with general activity).
 * - PGIC: the standard seven-point Patient Global Impression of Change (as used by Farrar 2001).
 *
 * Missing and partial scores, stated once here and followed everywhere:
 * 1. Score sets are ordered by the day they were recorded, then by their time point (first, along the
 *    way, final: two sets of one day keep the order the therapist meant), then by id, so ties have one order.
 * 2. A change needs two score sets that both carry the measure: the earliest and the latest that do.
 *    One score set (or none) gives no change — never a change of 0.
 * 3. PEG is computed at a time point only when all three items were recorded; a partial PEG is not
 *    imputed and that time point has no PEG.
 * 4. "At least 30% less pain" needs a first pain above 0 (from 0 there is nothing to reduce): with a
 *    first pain of 0 the course is left out of that share, not counted as unimproved.
 * 5. The PGIC of a course is the last one recorded; none recorded is "not recorded", never "no change".
 */

export const PGIC_CATEGORIES = [
  "very-much-improved",
  "much-improved",
  "minimally-improved",
  "no-change",
  "minimally-worse",
  "much-worse",
  "very-much-worse",
] as const;
export type PgicCategory = (typeof PGIC_CATEGORIES)[number];

export const PGIC_LABELS: Record<PgicCategory, string> = {
  "very-much-improved": "Very much improved",
  "much-improved": "Much improved",
  "minimally-improved": "Minimally improved",
  "no-change": "No change",
  "minimally-worse": "Minimally worse",
  "much-worse": "Much worse",
  "very-much-worse": "Very much worse",
};

/** One time point's scores; any item may be missing. All 0-10 scales: 0 = none, 10 = worst. */
export interface ScoreSet {
  id: string;
  /** ISO 8601 date-time. */
  recordedAt: string;
  /** Pain 0-10 numerical rating scale. */
  pain: number | null;
  /** PEG item P: average pain in the past week, 0-10. */
  pegPain: number | null;
  /** PEG item E: interference with enjoyment of life, 0-10. */
  pegEnjoyment: number | null;
  /** PEG item G: interference with general activity, 0-10. */
  pegActivity: number | null;
  pgic: PgicCategory | null;
  /** When in the course the therapist took it; orders two score sets of the same day. */
  timepoint?: ScoreTimepoint | null;
}

export type ScoreTimepoint = "first" | "interim" | "final";
const TIMEPOINT_RANK: Record<ScoreTimepoint, number> = { first: 0, interim: 1, final: 2 };

/** Fraction of the first pain a course must lose to count as clinically meaningful (Farrar 2001). */
export const MEANINGFUL_PAIN_REDUCTION = 0.3;

/** The PEG score of a score set: mean of its three items, or null when any is missing (rule 3). */
export function pegScore(set: Pick<ScoreSet, "pegPain" | "pegEnjoyment" | "pegActivity">): number | null {
  const { pegPain, pegEnjoyment, pegActivity } = set;
  if (pegPain === null || pegEnjoyment === null || pegActivity === null) return null;
  return (pegPain + pegEnjoyment + pegActivity) / 3;
}

/** Score sets in recorded order (rule 1); never mutates its input. */
export function inRecordedOrder<T extends Pick<ScoreSet, "id" | "recordedAt" | "timepoint">>(sets: readonly T[]): T[] {
  const rank = (s: T) => TIMEPOINT_RANK[s.timepoint ?? "interim"];
  return [...sets].sort((a, b) => {
    const at = Date.parse(a.recordedAt) - Date.parse(b.recordedAt);
    if (at !== 0) return at;
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export interface FirstLast {
  first: number;
  last: number;
  /** last − first: negative = better (all scales here are "higher is worse"). */
  change: number;
}

/** First and last value of a measure over the course (rule 2): null unless two sets carry it. */
export function firstAndLast<T extends Pick<ScoreSet, "id" | "recordedAt" | "timepoint">>(
  sets: readonly T[],
  measure: (set: T) => number | null,
): FirstLast | null {
  const values = inRecordedOrder(sets)
    .map(measure)
    .filter((v): v is number => v !== null);
  if (values.length < 2) return null;
  const first = values[0] as number;
  const last = values[values.length - 1] as number;
  return { first, last, change: last - first };
}

/**
 * Did pain fall by at least 30% of the first pain? null when it cannot be said (rule 2 or rule 4).
 * Compared as (first − last) × 10 ≥ first × 3 so that 10 → 7 is exactly 30%, free of float rounding.
 */
export function meaningfulPainReduction(pain: FirstLast | null): boolean | null {
  if (pain === null || pain.first <= 0) return null;
  return (pain.first - pain.last) * 10 >= pain.first * (MEANINGFUL_PAIN_REDUCTION * 10);
}

/** Percentage change in pain from the first score (negative = less pain); null as for the 30% rule. */
export function painPercentChange(pain: FirstLast | null): number | null {
  if (pain === null || pain.first <= 0) return null;
  return (pain.change / pain.first) * 100;
}

/** The last PGIC recorded (rule 5). */
/** PGIC as stored (1 very much improved … 4 no change … 7 very much worse) → its category; null outside 1-7. */
export function pgicFromNumber(value: number | null): PgicCategory | null {
  if (value === null || !Number.isInteger(value)) return null;
  return PGIC_CATEGORIES[value - 1] ?? null;
}

export function lastPgic(sets: readonly ScoreSet[]): PgicCategory | null {
  const recorded = inRecordedOrder(sets).filter((s) => s.pgic !== null);
  return recorded.length > 0 ? (recorded[recorded.length - 1] as ScoreSet).pgic : null;
}
