import type { Analysis } from "./analyze";
import { spanOf } from "./clinical";
import { normalWord } from "./lexicon";
import type { RedFlag } from "./types";

/**
 * Inflammatory back pain: back pain with at least two of the Berlin criteria (Rudwaleit M et al. 2006,
 * Arthritis Rheum 54(2):569-578: morning stiffness, better with exercise but not with rest, waking in the
 * second half of the night, alternating buttock pain; two of four, positive likelihood ratio 3.7) points
 * to axial spondyloarthritis, which needs a rheumatology assessment rather than the non-specific back
 * pain evidence. Reported as an urgent red flag: every candidate is capped at medium, with the reason.
 */

const FEATURES: { name: string; re: RegExp }[] = [
  {
    name: "morning stiffness",
    re: /\bmorning stiffness\b|\bstiff\w*\b[^.;!?]{0,60}\b(?:in the morning|mornings?|on waking|when i wake|(?:get|getting|roll|rolling) out of bed)\b|\b(?:every|each|in the) morning\b[^.;!?]{0,60}\bstiff/i,
  },
  {
    name: "better with exercise, not with rest",
    re: /\b(?:better|improves?|improved|eases?|easier)\b[^.;!?]{0,30}\b(?:exercise|movement|moving|activity|walking about)\b|\b(?:worse|no better|not better)\b[^.;!?]{0,20}\b(?:with|after|at) (?:rest|resting|inactivity)\b/i,
  },
  {
    name: "waking in the second half of the night",
    re: /\b(?:wake|wakes|waking|woke)\b[^.;!?]{0,30}\b(?:[1-6](?:\s*or\s*[1-6])?\s*(?:am|a\.m\.)|early hours|early morning|second half of the night)\b|\bnight pain\b|\bpain (?:at|in the) night\b|\bwakes? me (?:up )?(?:at night|in the night)\b/i,
  },
  {
    name: "alternating buttock pain",
    re: /\balternating buttock\b|\bbuttock pain\b[^.;!?]{0,40}\b(?:alternat\w*|switch\w*|side to side)\b/i,
  },
];
const MIN_FEATURES = 2;
const BACK = new Set(["back", "lumbar", "spine", "sacroiliac"].map(normalWord));

/** The red flag when the text names back pain and two Berlin features, else null. */
export function detectInflammatoryBackPain(a: Analysis, affirmed: (position: number) => boolean): RedFlag | null {
  const back = a.positions.find((p) => affirmed(p.index) && p.terms.some((t) => BACK.has(t.term)));
  if (!back) return null;
  const found = FEATURES.filter((f) => f.re.test(a.text));
  if (found.length < MIN_FEATURES) return null;
  const label = `possible inflammatory back pain (${found.map((f) => f.name).join(", ")}: Berlin criteria)`;
  return { code: "inflammatory-back-pain", label, urgency: "urgent", span: spanOf(a, [back.index], `red flag: ${label}`) };
}
