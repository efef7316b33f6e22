import type { DoseRange } from "@/lib/schemas/evidence";

/**
 * The one dose model every surface speaks (suggestion card, dose editor, saved referral, printed sheet,
 * patient copy, PDF, FHIR, lists). Two shapes:
 *
 * - `Dose`: what the evidence states, each figure a range (min === max for a single value), null when
 *   the evidence does not establish it.
 * - `ChosenDose`: what the clinician prescribes, one figure per field, null when left open. A range is
 *   never collapsed into a figure for the clinician: the editor starts a ranged field empty and asks.
 *
 * Total sessions of a chosen dose is not a free figure: with both a frequency and a course length it is
 * sessions per week × weeks (so "once a week for 10 weeks (15 sessions)" cannot be written), and it may
 * be given on its own only when one of those is open (a single session, "10 sessions" with no course).
 */

export type { DoseRange };
export type DoseField = "minutesPerSession" | "sessionsPerWeek" | "weeks" | "totalSessions";
export const DOSE_FIELDS: readonly DoseField[] = ["minutesPerSession", "sessionsPerWeek", "weeks", "totalSessions"];

export type Dose = Record<DoseField, DoseRange>;
export type ChosenDose = Record<DoseField, number | null>;

/** Sessions per week come in halves: 0.5 = once every 2 weeks, 1.5 = 3 sessions every 2 weeks. */
export const SESSIONS_PER_WEEK_STEP = 0.5;

const EPSILON = 1e-9;
const isWhole = (n: number) => Math.abs(n - Math.round(n)) < EPSILON;

/** A weekly rate as whole sessions per whole number of weeks: 1.5 → 3 per 2 weeks; 2 → 2 per 1 week. */
export interface WeeklyRate {
  sessions: number;
  everyWeeks: number;
}

/**
 * The smallest whole number of weeks over which `perWeek` gives a whole number of sessions (up to 12),
 * else null. FHIR R4's Timing.repeat.frequency is a positiveInt, so this is also the only way the
 * rate can travel in FHIR; the sheet's words use the same pair, so the two cannot disagree.
 */
export function weeklyRate(perWeek: number): WeeklyRate | null {
  if (!Number.isFinite(perWeek) || perWeek <= 0) return null;
  for (let everyWeeks = 1; everyWeeks <= 12; everyWeeks++) {
    const sessions = perWeek * everyWeeks;
    if (isWhole(sessions)) return { sessions: Math.round(sessions), everyWeeks };
  }
  return null;
}

/** sessions per week × weeks when both are given and the product is a whole number of sessions. */
export function productOfCourse(dose: Pick<ChosenDose, "sessionsPerWeek" | "weeks">): number | null {
  if (dose.sessionsPerWeek === null || dose.weeks === null) return null;
  const product = dose.sessionsPerWeek * dose.weeks;
  return isWhole(product) ? Math.round(product) : null;
}

/** True when the total follows from the frequency and the course length (and so is not typed). */
export function totalIsDerived(dose: Pick<ChosenDose, "sessionsPerWeek" | "weeks">): boolean {
  return dose.sessionsPerWeek !== null && dose.weeks !== null;
}

/** The total number of sessions of a chosen dose: derived from frequency × weeks when both are set. */
export function totalSessionsOf(dose: ChosenDose): number | null {
  return totalIsDerived(dose) ? productOfCourse(dose) : dose.totalSessions;
}

/** The chosen dose with its total worked out, as it is stored and printed. */
export function completeChosenDose(dose: ChosenDose): ChosenDose {
  return { ...dose, totalSessions: totalSessionsOf(dose) };
}

/** A clinician's single figures as the one-value ranges the evidence shape uses. */
export function chosenAsRanges(dose: ChosenDose): Dose {
  const complete = completeChosenDose(dose);
  const range = (v: number | null): DoseRange => (v === null ? null : { min: v, max: v });
  return {
    minutesPerSession: range(complete.minutesPerSession),
    sessionsPerWeek: range(complete.sessionsPerWeek),
    weeks: range(complete.weeks),
    totalSessions: range(complete.totalSessions),
  };
}

export function isRange(range: DoseRange): boolean {
  return range !== null && range.min !== range.max;
}

/**
 * Total sessions of an evidence dose: as the evidence states it, else the product of its ranges. A stated
 * total wins because the reference's total is what the trial gave (fibromyalgia: 15 sessions over 10
 * weeks at 1-2 a week).
 */
export function evidenceTotalSessions(dose: Dose): DoseRange {
  if (dose.totalSessions !== null) return dose.totalSessions;
  if (dose.sessionsPerWeek === null || dose.weeks === null) return null;
  return { min: dose.sessionsPerWeek.min * dose.weeks.min, max: dose.sessionsPerWeek.max * dose.weeks.max };
}

/** The most sessions one referral may prescribe (the schema's limit on a typed total too). */
export const MAX_TOTAL_SESSIONS = 500;

export interface DoseProblem {
  field: DoseField;
  message: string;
}

function figure(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * What makes a chosen dose unprintable as one consistent prescription: a weekly rate that is not whole
 * or half sessions, a course whose sessions do not come out whole, a typed total that contradicts
 * frequency × weeks. Empty for a consistent dose.
 */
export function chosenDoseProblems(dose: ChosenDose): DoseProblem[] {
  const problems: DoseProblem[] = [];
  const perWeek = dose.sessionsPerWeek;
  if (perWeek !== null && !isWhole(perWeek / SESSIONS_PER_WEEK_STEP)) {
    problems.push({ field: "sessionsPerWeek", message: "Sessions per week must be a whole or half number (0.5 = once every 2 weeks)" });
    return problems;
  }
  if (perWeek === null || dose.weeks === null) return problems;
  const product = perWeek * dose.weeks;
  if (isWhole(product) && product > MAX_TOTAL_SESSIONS) {
    problems.push({
      field: "weeks",
      message: `That course is ${Math.round(product)} sessions; a referral can hold at most ${MAX_TOTAL_SESSIONS}`,
    });
  } else if (!isWhole(product)) {
    problems.push({
      field: "weeks",
      message: `${figure(perWeek)} sessions a week for ${dose.weeks} weeks is ${figure(product)} sessions: choose an even number of weeks or a whole number of sessions a week`,
    });
  } else if (dose.totalSessions !== null && dose.totalSessions !== Math.round(product)) {
    problems.push({
      field: "totalSessions",
      message: `Total sessions must be sessions per week × weeks (${figure(perWeek)} × ${dose.weeks} = ${Math.round(product)})`,
    });
  }
  return problems;
}
