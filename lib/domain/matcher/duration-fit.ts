import type { DurationCategory } from "./types";

/**
 * Whether a complaint's duration lies inside the population a condition's evidence studied — ONE rule,
 * used by the matcher (a complaint outside it is capped at medium) and by the suggestion card (which
 * warns that the dose may not apply), so the two can never disagree.
 *
 * Categories follow the low back pain guideline convention the evidence uses (acute < 6 weeks, subacute
 * 6-12 weeks, chronic >= 12 weeks). Trials in chronic pain enrol people with 12 weeks or more (Cherkin
 * 2011; Furlan 2015 for low back pain; chronic neck pain, knee osteoarthritis and fibromyalgia trials
 * likewise): a 6-week complaint is subacute and outside them. Only evidence stated as "subacute or
 * chronic" covers it.
 */

export type EvidenceDuration = "chronic" | "subacute-or-chronic" | "acute" | "any";

export const DURATIONS_COVERED: Record<EvidenceDuration, readonly DurationCategory[]> = {
  chronic: ["chronic"],
  "subacute-or-chronic": ["subacute", "chronic"],
  acute: ["acute"],
  any: ["acute", "subacute", "chronic"],
};

/** In words, for the warnings of both surfaces. */
export const EVIDENCE_DURATION_WORDS: Record<EvidenceDuration, string> = {
  chronic: "chronic (12 weeks or more)",
  "subacute-or-chronic": "subacute or chronic (6 weeks or more)",
  acute: "acute (the first days or weeks)",
  any: "any duration",
};

/** True when the evidence covers a complaint of this duration; no stated evidence duration covers any. */
export function durationFits(evidence: EvidenceDuration | undefined, category: DurationCategory): boolean {
  return DURATIONS_COVERED[evidence ?? "any"].includes(category);
}
