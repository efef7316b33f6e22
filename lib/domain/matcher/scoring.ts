import type { Confidence } from "./types";

/**
 * Scores are 0-1 and comparable within one complaint. A complete phrase match scores 0.9; partial,
 * inferred or far-apart words score less; a second independent mention adds a little. Caps keep the
 * score and the confidence word consistent: a vetoed match can never read "high".
 */

export const FULL_MATCH = 0.9;
export const EXTRA_MENTION_BONUS = 0.05;
export const MAX_EXTRA_MENTIONS = 2;
export const MIN_SCORE = 0.15;
/** Added to a mention in the stated reason for the visit when a note also names other things. */
export const CHIEF_COMPLAINT_BONUS = 0.05;
const HIGH = 0.75;
export const HIGH_SCORE = HIGH;
const MEDIUM = 0.45;

export function confidenceOf(score: number): Confidence {
  if (score >= HIGH) return "high";
  if (score >= MEDIUM) return "medium";
  return "low";
}

/**
 * Lower a score just enough to read as `level`. Halving (low) or trimming (medium) keeps the order among
 * capped candidates; a score already at or below the level is left alone, so several reasons to lower
 * a match do not push it out of sight: the clinician should see it, with every warning.
 */
export function cap(score: number, level: "medium" | "low"): number {
  if (level === "medium") return score < HIGH ? score : Math.min(score * 0.85, HIGH - 0.01);
  return score < MEDIUM ? score : Math.min(score * 0.5, MEDIUM - 0.01);
}

export function clamp01(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.max(0, Math.min(1, x));
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
