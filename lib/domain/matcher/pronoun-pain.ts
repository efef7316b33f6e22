import type { Analysis, Position } from "./analyze";
import { BODY_PART_STEMS, normalWord } from "./lexicon";

/**
 * "My left shoulder has had something wrong with it for six weeks. It hurts like hell": the pain of a
 * sentence that opens with "it" belongs to the one body part the sentence before named (the simplest
 * case of pronoun resolution, the antecedent in the previous sentence: Hobbs 1978). The pain word is added
 * to that body part; a match that rests on it is capped at medium ("it" may mean something else).
 */

const PAIN = new Set(["pain", "sore", "stiff"].map(normalWord));
const OPENERS = new Set(["it", "its", "itll", "itd"]);
/** A definite article before the pain word: "the pain", "this pain" refer to a pain already named or implied. */
const DEFINITE = new Set(["the", "this", "that"]);
/** The pain word must come early in the "it" sentence: "It hurts", "It's been so sore". */
const MAX_WORDS_TO_PAIN = 4;
const LOOK_BACK_CLAUSES = 2;

const has = (p: Position, terms: ReadonlySet<string>) => p.terms.some((t) => terms.has(t.term));

/**
 * Adds the pain of an "it" sentence to the body part named just before (mutates `a`) and returns those
 * body parts' positions: a match resting on them is capped at medium, the pronoun may mean something else.
 */
export function inferPronounPain(a: Analysis, affirmed: (position: number) => boolean = () => true): Set<number> {
  const inferred = new Set<number>();
  for (let k = 1; k < a.tokens.length; k++) {
    const t = a.tokens[k];
    const sentence = a.tokenSentence[k];
    if (!t || t.kind !== "word" || sentence === undefined) continue;
    let pain: Position | undefined;
    if (OPENERS.has(t.lower) && a.tokenSentence[k - 1] !== sentence) {
      const after = a.positions.filter((p) => p.sentence === sentence && p.firstToken > k).slice(0, MAX_WORDS_TO_PAIN);
      pain = after.find((p) => has(p, PAIN) && affirmed(p.index));
    } else if (DEFINITE.has(t.lower)) {
      // "…not able to sleep on that side because of the pain": a definite "the pain" in a sentence that
      // names no body part refers back, like "it" (the same antecedent rule).
      const next = a.positions.find((p) => p.firstToken > k);
      const own = a.positions.filter((p) => p.sentence === sentence);
      if (next && next.firstToken === k + 1 && has(next, PAIN) && affirmed(next.index) && !own.some((p) => has(p, BODY_PART_STEMS)))
        pain = next;
    }
    if (!pain) continue;
    // The sentence before, in clauses: "…wrong with it for six weeks now." ends in a clause of its own ("now").
    const before = (p: Position) => p.sentence < sentence && p.sentence >= sentence - LOOK_BACK_CLAUSES;
    const parts = a.positions.filter((p) => before(p) && affirmed(p.index) && has(p, BODY_PART_STEMS));
    const names = new Set(parts.flatMap((p) => p.terms.filter((x) => BODY_PART_STEMS.has(x.term)).map((x) => x.term)));
    const part = parts[0];
    // One body part only: with two ("my neck and shoulder"), "it" could be either.
    if (!part || names.size !== 1 || a.positions.some((p) => before(p) && has(p, PAIN))) continue;
    const term = pain.terms.find((x) => PAIN.has(x.term))?.term ?? "pain";
    if (part.terms.some((x) => x.term === term)) continue;
    const said = a.text.slice(pain.start, pain.end);
    part.terms.push({ term, factor: 1, note: `"${said}" in the next sentence ("${t.raw} …") is said of this body part` });
    inferred.add(part.index);
  }
  return inferred;
}
