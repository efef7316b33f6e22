import { analyze, type Analysis, type Position } from "./analyze";
import { normalWord } from "./lexicon";
import { sentencesText } from "./median-nerve";

/**
 * Plantar heel pain in a patient's own words, when the heel is not named: pain of the sole, arch or foot
 * with the first steps after rest ("the bottom of my foot hurts with the first steps in the morning",
 * "stabbing pain in my arch when I get out of bed"). Pain on the first steps after a period of
 * inactivity is the hallmark of plantar heel pain (Martin RL et al. 2014, APTA clinical practice
 * guideline Heel pain - plantar fasciitis, J Orthop Sports Phys Ther 44(11):A1-A33). The pattern only
 * SUGGESTS the concept (factor below 1, so at most medium), and the different diagnoses of the foot
 * (plantar wart, Morton's neuroma, a stress fracture) still cap it. No slug is written here: whichever
 * condition's phrases name plantar heel pain is matched.
 */

const CONCEPT = "plantar heel pain";
const FACTOR = 0.75;
const PAIN = new Set(["pain", "sore", "hurt", "stab", "stabbing"].map(normalWord));
const FOOT = new Set(["foot", "feet", "sole", "soles", "arch", "arches"].map(normalWord));
/** The first steps after rest, said in the same sentence as the pain. */
const FIRST_STEPS =
  /\bfirst (?:few )?steps?\b|\b(?:get|gets|getting|got|roll|rolling|climb|climbing) out of bed\b|\bwhen i (?:first )?(?:stand|get) up\b|\b(?:stand|standing|get|getting) up after (?:sitting|resting|a rest)\b|\bfirst thing in the morning\b/i;

let conceptTerms: string[] | null = null;
const concept = () => (conceptTerms ??= analyze(CONCEPT, { implies: false }).positions.flatMap((p) => p.terms.map((t) => t.term)));
const has = (p: Position, terms: ReadonlySet<string>) => p.terms.some((t) => terms.has(t.term));

/** Adds the suggested concept to the pain word of a sole, arch or foot that hurts on the first steps; mutates `a`. */
export function inferPlantarFirstStep(a: Analysis, affirmed: (position: number) => boolean = () => true): void {
  // Most complaints say no first step and name no foot: nothing to look for (and no per-word scans).
  if (!FIRST_STEPS.test(a.text) || !a.positions.some((p) => has(p, FOOT))) return;
  for (const pain of a.positions) {
    if (!affirmed(pain.index) || !has(pain, PAIN)) continue;
    if (!a.positions.some((p) => p.sentence === pain.sentence && affirmed(p.index) && has(p, FOOT))) continue;
    if (!FIRST_STEPS.test(sentencesText(a, pain.sentence, pain.sentence))) continue;
    for (const term of concept()) {
      if (pain.terms.some((t) => t.term === term)) continue;
      pain.terms.push({ term, factor: FACTOR, note: NOTE });
    }
  }
}

const NOTE = "pain of the sole, arch or foot on the first steps after rest suggests plantar heel pain (APTA 2014 heel pain guideline)";
