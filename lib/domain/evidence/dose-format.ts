import type { Certainty, Strength } from "@/lib/schemas/evidence";

/**
 * The dose model and its words live in lib/domain/dose (one model for every surface); re-exported here
 * for the evidence pages that have always imported them from this file.
 */
export type { Dose } from "@/lib/domain/dose/dose";
export { evidenceTotalSessions as totalSessionsFor } from "@/lib/domain/dose/dose";
export { formatDoseLine, formatDoseOneLine, formatRange, formatRangeValue } from "@/lib/domain/dose/dose-words";

/** CPT 97124 (massage therapy) is a timed code billed "each 15 minutes". */
const CPT_UNIT_MINUTES = 15;
/** CMS 8-minute rule: a final partial unit counts only when at least 8 minutes (over half) of it were given. */
const CPT_PARTIAL_UNIT_THRESHOLD = 8;

/**
 * Billable CPT 97124 units for one session of a single timed service: whole 15-minute units plus one
 * more when the remainder is 8 minutes or more (CMS 8-minute rule), so 60 min → 4, 20 min → 1,
 * 23 min → 2 and under 8 min → 0. Source: reference "Codes for the referral itself"; CMS rule.
 */
export function cptUnitsPerSession(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Session length must be a non-negative number of minutes, got ${minutes}`);
  }
  const whole = Math.floor(minutes / CPT_UNIT_MINUTES);
  const remainder = minutes - whole * CPT_UNIT_MINUTES;
  return whole + (remainder >= CPT_PARTIAL_UNIT_THRESHOLD ? 1 : 0);
}

/**
 * Certainty and strength are MassageRx's own editorial ratings in GRADE words, not a guideline panel's
 * (clinical review, 2026-12-01): every surface labels them so.
 */
export const EVIDENCE_RATING_LABEL = "MassageRx evidence rating";

/** GRADE certainty in plain words (GRADE Handbook wording, lightly simplified). */
export function certaintyMeaning(certainty: Certainty): string {
  switch (certainty) {
    case "high":
      return "We are very confident that the true effect lies close to the estimate.";
    case "moderate":
      return "The true effect is probably close to the estimate, but may be substantially different.";
    case "low":
      return "The true effect may be substantially different from the estimate.";
    case "very low":
      return "The true effect is likely to be substantially different from the estimate.";
  }
}

/** GRADE strength of recommendation in plain words. */
export function strengthMeaning(strength: Strength): string {
  switch (strength) {
    case "strong":
      return "Most patients would want this, and the benefits clearly outweigh the harms and burdens.";
    case "conditional":
      return "Many patients would want this but some would not; decide with the patient, weighing their values and circumstances.";
  }
}
