import { patientAge } from "./age";
import { analyze } from "./analyze";
import type { MatcherIndex } from "./build-index";
import { addMention, buildCandidates } from "./candidates";
import { detectDifferentConditions, detectRedFlags, hitPositions, positionFlags, spanOf, type DifferentHit } from "./clinical";
import { findContext, FLAG } from "./context";
import { findDuration } from "./duration";
import { inferExerciseSoreness } from "./exercise-soreness";
import { inferMedianNerve } from "./median-nerve";
import { inferPlantarFirstStep } from "./plantar-first-step";
import { inferPostoperativePain, plannedOperations } from "./post-operative";
import { inferPronounPain } from "./pronoun-pain";
import { detectInflammatoryBackPain } from "./inflammatory-back-pain";
import { BODY_PART_STEMS } from "./lexicon";
import { inferWidespreadPain } from "./widespread-pain";
import { matchPhraseSet } from "./phrase-set";
import { findSide } from "./side";
import type { ComplaintFacts, MatchResult, MatchSpan, MentionFact } from "./types";

export interface MatchOptions {
  /** "Now" for durations such as "since March"; pass it for reproducible results. */
  now?: Date;
  /** The patient's age in years from the intake form; wins over an age read from the text. */
  patientAgeYears?: number | null;
}

/** Longer input is cut: a complaint is a few lines, and the bound keeps the time per call bounded. */
export const MAX_COMPLAINT_CHARS = 20_000;
const NOT_THE_PATIENTS_NOW = FLAG.negated | FLAG.resolved | FLAG.family;

/**
 * Ranks the evidence conditions for a free-text complaint, best first, with the words that matched and
 * the reasons any match was lowered; `candidates` is empty when nothing fits. Pure and deterministic
 * for a given `now`.
 */
export function matchComplaint(index: MatcherIndex, text: string, options: MatchOptions = {}): MatchResult {
  const input = typeof text === "string" ? text.slice(0, MAX_COMPLAINT_CHARS) : "";
  const now = options.now ?? new Date();
  const a = analyze(input, { implies: true, speller: index.speller });
  const ctx = findContext(a);
  const flagsAt = a.positions.map((p) => positionFlags(a, ctx, p.index));
  // Concept patterns read only what is the patient's now: "denies post-exercise soreness" adds nothing.
  const affirmed = (p: number) => ((flagsAt[p] ?? 0) & NOT_THE_PATIENTS_NOW) === 0;
  inferExerciseSoreness(a, affirmed);
  inferPostoperativePain(a, affirmed);
  inferMedianNerve(a, affirmed);
  inferPlantarFirstStep(a, affirmed);
  const painOfPronoun = inferPronounPain(a, affirmed);
  const listedWithWidespreadPain = inferWidespreadPain(a, affirmed);

  const rangesWith = (bits: number) =>
    a.tokens.filter((_, k) => ((ctx.tokenFlags[k] ?? 0) & bits) !== 0).map((t) => [t.start, t.end] as const);
  const within = (ranges: (readonly [number, number])[]) => (charIndex: number) => ranges.some(([s, e]) => charIndex >= s && charIndex < e);
  const masked = within(rangesWith(NOT_THE_PATIENTS_NOW));
  // How long the complaint has lasted is not read from the history ("osteoporosis diagnosed 5 years ago").
  const notNow = within(rangesWith(NOT_THE_PATIENTS_NOW | FLAG.historical | FLAG.background));
  const red = detectRedFlags(a, ctx);
  const facts: ComplaintFacts = {
    duration: findDuration(input, now, notNow),
    age: patientAge(input, options.patientAgeYears, masked),
    side: findSide(a.tokens),
    negated: [...red.negated],
    historical: [],
    family: [],
    hypothetical: [],
    redFlags: red.flags,
  };
  // The Berlin criteria were validated for back pain starting before 45 (Rudwaleit 2006).
  const inflammatory = (facts.age?.years ?? 0) < 45 ? detectInflammatoryBackPain(a, affirmed) : null;
  if (inflammatory) facts.redFlags.push(inflammatory);
  collectMaskedMentions(index, a, flagsAt, facts);

  const planned = plannedOperations(a);
  const phraseHits = matchPhraseSet(index.phrases, a, {
    available: (p) => ((flagsAt[p] ?? 0) & NOT_THE_PATIENTS_NOW) === 0 && !planned.has(p),
    partial: true,
  });
  // A diagnosis the evidence base itself lists (a full match of one of its conditions' phrases, e.g.
  // "carpal tunnel syndrome" once seeded) is that condition, not a different diagnosis: added conditions
  // match with no code change. For every other condition of the same region it stays a different
  // diagnosis ("carpal tunnel syndrome" is not hand pain). The phrase must cover the diagnosis's own
  // words; only the body part beside it may be left over.
  const isBodyPart = (k: number) => a.positions[k]?.terms.some((t) => BODY_PART_STEMS.has(t.term)) ?? false;
  const detected = detectDifferentConditions(a, ctx);
  // Each full hit's positions, worked out once for every diagnosis found (a long note has many hits).
  const fullHits = detected.length === 0 ? [] : phraseHits.filter((h) => h.full).map((h) => ({ h, covered: new Set(hitPositions(h)) }));
  const listers = (d: DifferentHit) => {
    const own = [...d.positions];
    return new Set(fullHits.filter(({ covered }) => own.every((p) => covered.has(p) || isBodyPart(p))).map(({ h }) => h.phrase.owner));
  };
  const different = detected.map((d) => ({ ...d, listedBy: listers(d) }));
  // A mention made only of a different diagnosis's words ("hip OA", "neck mass") is that diagnosis.
  const consumers = different.filter((d) => !d.symptom);
  const consumedBy = (ds: typeof consumers) => new Set<number>(ds.flatMap((d) => [...d.positions]));
  // Every owner not listed by a diagnosis shares one set; the few that list one get their own.
  const consumedByAll = consumedBy(consumers);
  const consumedByOwner = new Map<number, Set<number>>();
  const consumedFor = (owner: number): Set<number> => {
    if (!consumers.some((d) => d.listedBy.has(owner))) return consumedByAll;
    let consumed = consumedByOwner.get(owner);
    if (!consumed) {
      consumed = consumedBy(consumers.filter((d) => !d.listedBy.has(owner)));
      consumedByOwner.set(owner, consumed);
    }
    return consumed;
  };
  const hits = phraseHits.filter((h) => {
    const consumed = consumedFor(h.phrase.owner);
    return !hitPositions(h).every((p) => consumed.has(p));
  });

  const exclusionsFound = new Map<number, MatchSpan>();
  const pastExclusions = new Set<number>();
  for (const h of matchPhraseSet(index.exclusionPhrases, a, {
    available: (p) => ((flagsAt[p] ?? 0) & NOT_THE_PATIENTS_NOW) === 0,
    partial: false,
  })) {
    const positions = hitPositions(h);
    // "History of breast cancer" is not a suspected malignancy now: it still warns, at medium.
    const past = positions.every((p) => ((flagsAt[p] ?? 0) & (FLAG.historical | FLAG.background)) !== 0);
    const known = exclusionsFound.has(h.phrase.owner);
    if (known && !pastExclusions.has(h.phrase.owner)) continue;
    if (known && past) continue;
    exclusionsFound.set(h.phrase.owner, spanOf(a, positions, "exclusion"));
    if (past) pastExclusions.add(h.phrase.owner);
    else pastExclusions.delete(h.phrase.owner);
  }
  if (red.flags.length > 0) {
    index.exclusions.forEach((e, id) => {
      const flag = red.flags.find((f) => e.redFlagCodes.has(f.code));
      if (flag && !exclusionsFound.has(id)) exclusionsFound.set(id, flag.span);
    });
  }

  const candidates = buildCandidates(
    { index, a, ctx, red, different, exclusionsFound, pastExclusions, listedWithWidespreadPain, painOfPronoun, facts },
    hits,
  );
  return { candidates, facts };
}

/** Conditions named only to be denied, resolved or attributed to a relative, reported as facts. */
function collectMaskedMentions(index: MatcherIndex, a: ReturnType<typeof analyze>, flagsAt: number[], facts: ComplaintFacts): void {
  const kinds: [number, MentionFact[], string][] = [
    [FLAG.negated, facts.negated, "negated"],
    [FLAG.resolved, facts.historical, "resolved"],
    [FLAG.family, facts.family, "family history"],
  ];
  for (const [bit, list, why] of kinds) {
    if (!flagsAt.some((f) => f & bit)) continue;
    for (const h of matchPhraseSet(index.phrases, a, { available: (p) => ((flagsAt[p] ?? 0) & bit) !== 0, partial: true })) {
      const slug = index.conditions[h.phrase.owner]?.slug ?? null;
      addMention(list, slug, spanOf(a, hitPositions(h), `${why}: "${h.phrase.text}"`));
    }
  }
}
