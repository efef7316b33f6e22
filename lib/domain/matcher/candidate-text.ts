import type { Analysis } from "./analyze";
import { spanOf } from "./clinical";
import type { PhraseHit } from "./phrase-window";

/**
 * The words the matcher shows with a candidate: why each mention was lowered, and what it matched.
 * They are written only for the few candidates returned (candidates.ts ranks every condition first).
 */

/** The reasons scoreHit lowers a mention, in the order its warnings are listed. */
export const HIT_CAP = {
  hypothetical: 1,
  historical: 2,
  background: 4,
  adverse: 8,
  resolvedElsewhere: 16,
  spreadTo: 32,
  widespread: 64,
  pronoun: 128,
  pastEpisode: 256,
} as const;

/** Each reason's warning, given the words of the mention. */
const HIT_WARNINGS: readonly [number, (said: string) => string][] = [
  [HIT_CAP.hypothetical, (said) => `"${said}" is mentioned as a possibility, not a diagnosis`],
  [HIT_CAP.historical, (said) => `"${said}" is mentioned as past history`],
  [HIT_CAP.background, (said) => `"${said}" is mentioned as history or background, not as the reason for this visit`],
  [HIT_CAP.adverse, (said) => `"${said}" is said to be a side effect of a medicine, not the condition itself`],
  [HIT_CAP.resolvedElsewhere, () => `the text says this resolved, and nothing says it is back now`],
  [HIT_CAP.spreadTo, (said) => `"${said}" names where a pain spreads to, not the complaint itself`],
  [HIT_CAP.widespread, (said) => `"${said}" is one of many body parts listed with widespread pain, not a regional complaint`],
  [HIT_CAP.pronoun, (said) => `"${said}": the pain is said in a later sentence ("it hurts", "the pain"); check it means this`],
  [HIT_CAP.pastEpisode, () => `said in the same sentence as a past episode of this condition, and nothing puts it in the present`],
];

/** The warnings of a mention lowered for `capped` (HIT_CAP bits), in their fixed order. */
export function hitWarnings(a: Analysis, positions: readonly number[], capped: number): string[] {
  if (capped === 0) return [];
  const said = spanOf(a, positions, "").text;
  return HIT_WARNINGS.filter(([bit]) => (capped & bit) !== 0).map(([, warning]) => warning(said));
}

/** Which phrase a mention matched and how, in the clinician's words. */
export function describe(a: Analysis, hit: PhraseHit, positions: readonly number[]): string {
  const matched = hit.slotPositions.filter((p) => p >= 0).length;
  const said = new Set(
    spanOf(a, positions, "")
      .text.toLowerCase()
      .split(/[^\p{L}]+/u),
  );
  // Name the phrase the clinician's words resemble most ("neck pain" rather than its twin "cervicalgia").
  const closest = (t: string) =>
    t
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => said.has(w)).length;
  const text = [...hit.phrase.texts].sort((x, y) => closest(y) - closest(x))[0] ?? hit.phrase.text;
  let why = hit.full ? `matches "${text}"` : `partly matches "${text}" (${matched} of ${hit.phrase.slots.length} words)`;
  if (hit.proximity < 1) why += ", words apart in one sentence";
  const notes = new Set<string>();
  hit.phrase.slots.forEach((slot, k) => {
    const pos = a.positions[hit.slotPositions[k] ?? -1];
    const note = pos?.terms.find((t) => t.term === slot)?.note;
    if (note) notes.add(note);
  });
  return notes.size > 0 ? `${why} (${[...notes].join("; ")})` : why;
}
