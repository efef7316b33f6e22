import { analyze, type Analysis, type Position } from "./analyze";
import { normalWord } from "./lexicon";

/**
 * Carpal tunnel syndrome in a patient's own words: numbness or tingling of the hand or fingers with one
 * of the signs that point to the median nerve at the wrist — symptoms at night or waking the patient,
 * relief by shaking the hand (the "flick sign"), the thumb, index or middle finger, or dropping things.
 * Numbness mostly in the median nerve territory and numbness that wakes the patient are items of the
 * CTS-6 clinical diagnostic tool (Graham B et al. 2006, J Hand Surg Am); the median digits are how the
 * Katz hand diagram rates "classic" or "probable" CTS (Katz JN, Stirrat CR 1990, J Hand Surg Am); shaking
 * the hand for relief is the flick sign (Pryse-Phillips 1984). The pattern only SUGGESTS the concept
 * (factor below 1, so at most medium): a nerve test or a clinician's diagnosis says more, and the conditions' "Not for" exclusions
 * (peripheral neuropathy, cervical radiculopathy) still cap it. No slug is written here: whichever
 * condition's phrases name carpal tunnel syndrome is matched.
 */

const CONCEPT = "carpal tunnel syndrome";
const FACTOR = 0.8;
const NUMB = normalWord("numbness");
const HAND = new Set(["hand", "hands", "finger", "fingers", "thumb", "thumbs", "wrist", "wrists"].map(normalWord));
/** Signs of the median nerve at the wrist, said in the same or a neighbouring sentence. */
const MEDIAN_SIGN =
  /\b(?:at night|night(?:s|time)?|overnight|wakes? me|woke me|waking(?: me)?(?: up)?|wake up|in my sleep|while i sleep|shak(?:e|es|ing)(?: (?:it|them|my hands?))?(?: out)?|flick(?:ing)?|thumb|index|middle fingers?|first (?:two|three|3) fingers|drop(?:s|ping)? (?:things|objects|stuff|my)|clumsy|steering wheel|holding (?:my |a |the )?(?:phone|book|cup))\b/i;

let conceptTerms: string[] | null = null;
const concept = () => (conceptTerms ??= analyze(CONCEPT, { implies: false }).positions.flatMap((p) => p.terms.map((t) => t.term)));
const has = (p: Position, terms: ReadonlySet<string> | string) =>
  p.terms.some((t) => (typeof terms === "string" ? t.term === terms : terms.has(t.term)));

/** The text of sentences lo..hi as written. */
export function sentencesText(a: Analysis, lo: number, hi: number): string {
  const tokens = a.tokens.filter((_, k) => (a.tokenSentence[k] ?? -1) >= lo && (a.tokenSentence[k] ?? -1) <= hi);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? a.text.slice(first.start, last.end) : "";
}

/** Adds the suggested concept to the numbness words of the hand that carry a median-nerve sign; mutates `a`. */
export function inferMedianNerve(a: Analysis, affirmed: (position: number) => boolean = () => true): void {
  for (const numb of a.positions) {
    if (!affirmed(numb.index) || !has(numb, NUMB)) continue;
    const near = a.positions.filter((p) => Math.abs(p.sentence - numb.sentence) <= 1 && affirmed(p.index));
    if (!near.some((p) => p.sentence === numb.sentence && has(p, HAND))) continue;
    if (!MEDIAN_SIGN.test(sentencesText(a, numb.sentence - 1, numb.sentence + 1))) continue;
    for (const term of concept()) {
      if (numb.terms.some((t) => t.term === term)) continue;
      numb.terms.push({ term, factor: FACTOR, note: NOTE });
    }
  }
}

const NOTE =
  "numbness or tingling of the hand with a median-nerve sign (at night, shaking the hand, thumb to middle finger, dropping things) suggests carpal tunnel syndrome (CTS-6)";
