import type { Analysis, Position } from "./analyze";
import { normalWord } from "./lexicon";

/**
 * Pain in many body regions at once is widespread pain, not a regional complaint: the generalized-pain
 * criterion of the ACR 2016 fibromyalgia criteria (Wolfe F et al. 2016, Semin Arthritis Rheum
 * 46(3):319-329: pain in at least 4 of 5 regions — left and right upper, left and right lower, axial).
 * "Pain in her legs, upper and lower back, abdomen and shoulders" names the axial region and both limbs.
 * The pattern adds the concept words "widespread pain" and suggests "fibromyalgia" (factor < 1: the
 * criteria need more than a list of places), and reports the listed parts so that a regional condition
 * matched on one of them ("neck pain") is not taken for the complaint.
 */

const REGION: Record<string, "axial" | "upper" | "lower"> = {};
for (const w of ["neck", "back", "thoracic", "lumbar", "spine", "chest", "abdomen", "abdominal", "belly", "stomach", "low"])
  REGION[normalWord(w)] = "axial";
for (const w of ["shoulder", "arm", "elbow", "wrist", "hand", "finger", "jaw", "forearm"]) REGION[normalWord(w)] = "upper";
for (const w of ["hip", "leg", "knee", "thigh", "calf", "foot", "ankle", "buttock", "feet", "toe", "heel", "shin"])
  REGION[normalWord(w)] = "lower";
const PAIN = new Set(["pain", "sore", "stiff", "hurt"].map(normalWord));
const MIN_PARTS = 4;
/** A sentence of at most this many words that names a body part is a fragment of the list before it. */
const FRAGMENT_WORDS = 4;
const CONCEPT: { term: string; factor: number }[] = [
  { term: normalWord("widespread"), factor: 1 },
  { term: normalWord("fibromyalgia"), factor: 0.8 },
];

const regionOf = (p: Position) => p.terms.map((t) => REGION[t.term]).find((r) => r !== undefined);

/** Marks widespread pain in place (mutates `a`) and returns the positions of the body parts listed. */
export function inferWidespreadPain(a: Analysis, affirmed: (position: number) => boolean = () => true): Set<number> {
  const listed = new Set<number>();
  const sentences = new Map<number, Position[]>();
  for (const p of a.positions) if (affirmed(p.index)) (sentences.get(p.sentence) ?? sentences.set(p.sentence, []).get(p.sentence))?.push(p);
  // A list written as fragments after the pain ("I was in pain. My shoulders. My arms. My back, legs,
  // feet.") is one list: each short sentence that names a body part joins the pain sentence before it.
  const order = [...sentences.keys()].sort((x, y) => x - y);
  const groups: Position[][] = [];
  for (const id of order) {
    const positions = sentences.get(id) ?? [];
    const last = groups[groups.length - 1];
    const fragment = positions.length <= FRAGMENT_WORDS && positions.some((p) => regionOf(p) !== undefined);
    if (last && fragment && last.some((p) => p.terms.some((t) => PAIN.has(t.term)))) last.push(...positions);
    else groups.push([...positions]);
  }
  for (const positions of groups) {
    const pain = positions.find((p) => p.terms.some((t) => PAIN.has(t.term)));
    if (!pain) continue;
    const parts = positions.filter((p) => regionOf(p) !== undefined);
    const distinct = new Set(parts.flatMap((p) => p.terms.map((t) => t.term).filter((t) => REGION[t] !== undefined && t !== "low")));
    const regions = new Set(parts.map(regionOf));
    if (distinct.size < MIN_PARTS || regions.size < 3) continue;
    parts.forEach((p) => listed.add(p.index));
    const note = `pain in ${distinct.size} body parts across the axial region and both limbs: widespread pain (ACR 2016 generalized pain)`;
    for (const c of CONCEPT) if (!pain.terms.some((t) => t.term === c.term)) pain.terms.push({ term: c.term, factor: c.factor, note });
  }
  return listed;
}
