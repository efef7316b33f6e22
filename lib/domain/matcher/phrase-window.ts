import type { Analysis } from "./analyze";
import { BODY_PART_STEMS } from "./lexicon";
import { GENERIC_HEADS } from "./lexicon-data";
import type { CompiledPhrase, PhraseSet } from "./phrase-set";

/**
 * The best window of a phrase's words in a complaint, and whether a partial match may count.
 * Words in any order within a short window count fully; spread over a sentence, a little less.
 */

const SLACK = 3;

export interface PhraseHit {
  phrase: CompiledPhrase;
  /** Position index used for each slot, -1 when the slot is missing. */
  slotPositions: number[];
  coverage: number;
  full: boolean;
  /** 1 within a short window, 0.8 when only the same sentence holds all the words. */
  proximity: number;
  sentence: number;
  /** The distinct positions used, worked out on first use (hitPositions). */
  positions: readonly number[] | null;
}

export interface MatchOptions {
  available: (position: number) => boolean;
  /** Accept phrases with some words missing (conditions do; red flags and exclusions need every word). */
  partial: boolean;
}

/**
 * A phrase's word occurrences in text order, packed flat (one object per occurrence was a large share of
 * a long note's allocations): occurrence k is slot `slots[k]` at position `pos[k]`, read with `factor[k]`.
 */
export interface Occurrences {
  slots: number[];
  pos: number[];
  factor: number[];
}

/**
 * `occ` is in text order (position, then term), as matchPhraseSet collects it, and sentences only grow
 * along the text: so the occurrences a window starting at `left` can use — same sentence, not before it
 * — are one run of the list, from the first occurrence at `left`'s position to the sentence's end. Each
 * window reads only that run, in the list's order, instead of the whole list.
 */
export function bestWindow(phrase: CompiledPhrase, occ: Occurrences, a: Analysis): PhraseHit | null {
  let best: PhraseHit | null = null;
  let bestScore = -1;
  const slotCount = phrase.slots.length;
  const chosen: number[] = new Array<number>(slotCount);
  const factor: number[] = new Array<number>(slotCount);
  const segments: number[] = [];
  let runStart = 0;
  const count = occ.pos.length;
  for (let i = 0; i < count; i++) {
    const leftPos = occ.pos[i] ?? -1;
    if ((occ.pos[runStart] ?? -1) !== leftPos) runStart = i;
    for (let s = 0; s < slotCount; s++) {
      chosen[s] = -1;
      factor[s] = 0;
    }
    let minPos = Infinity;
    let maxPos = -Infinity;
    const sentence = a.positions[leftPos]?.sentence ?? 0;
    for (let j = runStart; j < count; j++) {
      const slot = occ.slots[j] ?? 0;
      const at = occ.pos[j] ?? -1;
      const f = occ.factor[j] ?? 0;
      if (a.positions[at]?.sentence !== sentence) break;
      if ((factor[slot] ?? 0) >= f) continue;
      chosen[slot] = at;
      factor[slot] = f;
      minPos = Math.min(minPos, at);
      maxPos = Math.max(maxPos, at);
      let covered = 0;
      let weighted = 0;
      for (let s = 0; s < slotCount; s++) {
        if ((chosen[s] ?? -1) >= 0) {
          covered++;
          weighted += (phrase.weights[s] ?? 0) * (factor[s] ?? 0);
        }
      }
      const proximity = maxPos - minPos <= covered - 1 + SLACK ? 1 : 0.8;
      const coverage = weighted / phrase.total;
      // The tie-breaks below only subtract, so a window whose coverage, less its span, cannot beat the
      // best one is skipped before they are counted (the same comparison, so the same window wins).
      if (!(coverage * proximity - (maxPos - minPos) * 1e-5 > bestScore + 1e-9)) continue;
      // On a tie, prefer words said outright over one abbreviation standing for several ("LBP and neck").
      // and words within one comma-separated part ("hip OA", not "osteoarthritis, also has hip").
      let borrowed = 0;
      segments.length = 0;
      for (const pos of chosen) {
        if (pos < 0) continue;
        borrowed += (a.positions[pos]?.terms.length ?? 1) - 1;
        const segment = a.positions[pos]?.segment ?? 0;
        if (!segments.includes(segment)) segments.push(segment);
      }
      const score = coverage * proximity - (segments.length - 1) * 1e-3 - borrowed * 1e-4 - (maxPos - minPos) * 1e-5;
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = { phrase, slotPositions: [...chosen], coverage, full: covered === slotCount, proximity, sentence, positions: null };
      }
    }
  }
  return best;
}

export function acceptPartial(set: PhraseSet, hit: PhraseHit, a: Analysis): boolean {
  const { phrase, slotPositions } = hit;
  if (hit.proximity < 1 || hit.coverage < 0.5 - 1e-9) return false;
  const headTerm = phrase.slots[phrase.head];
  if (headTerm === undefined) return false;
  const matched = slotPositions.filter((p) => p >= 0);
  // The head may be missing only when it is a generic word and everything that qualifies it was said
  // ("my low back" for "low back pain").
  if ((slotPositions[phrase.head] ?? -1) < 0) {
    const missing = phrase.slots.filter((_, k) => (slotPositions[k] ?? -1) < 0);
    if (matched.length < 2 || !missing.every((w) => GENERIC_HEADS.has(w))) return false;
  }
  // One word of a two-word phrase only counts when it is the head noun and names this owner alone.
  if (matched.length < 2 && !(phrase.slots.length === 2 && set.singleWordHeads.get(phrase.owner)?.has(headTerm))) return false;
  // A body part alone is not a complaint: "back to the gym", "the back of my legs", "knee" in a list.
  if (matched.length < 2 && BODY_PART_STEMS.has(headTerm)) return false;
  // "hip OA" is not "knee OA": a missing body part with another body part right beside the match.
  const missingBodyPart = phrase.slots.some((s, k) => (slotPositions[k] ?? -1) < 0 && BODY_PART_STEMS.has(s));
  if (!missingBodyPart) return true;
  const lo = Math.min(...matched) - 2;
  const hi = Math.max(...matched) + 2;
  for (let p = Math.max(0, lo); p <= hi && p < a.positions.length; p++) {
    if (matched.includes(p)) continue;
    const pos = a.positions[p];
    if (pos && pos.terms.some((t) => BODY_PART_STEMS.has(t.term))) return false;
  }
  return true;
}
