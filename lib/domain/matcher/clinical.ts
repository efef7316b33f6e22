import type { Analysis } from "./analyze";
import { DIFFERENT_CONDITIONS, RED_FLAGS, SIDE_WORDS } from "./clinical-data";
import { FLAG, type ContextResult } from "./context";
import { BODY_PART_STEMS, normalWord } from "./lexicon";
import { compilePhraseSet, expandPattern, matchPhraseSet, type PhraseHit, type PhraseSet } from "./phrase-set";
import type { MatchSpan, MentionFact, RedFlag } from "./types";

let redFlagSet: PhraseSet | null = null;
let differentSet: PhraseSet | null = null;
const SIDE_STEMS = new Set([...SIDE_WORDS].map((w) => normalWord(w)));

function compileDefs(defs: { patterns: string[] }[]): PhraseSet {
  return compilePhraseSet(
    defs.flatMap((d, owner) => d.patterns.flatMap((p) => expandPattern(p).map((text) => ({ owner, text })))),
    { keepModifiers: true },
  );
}

export function clinicalPatternWords(): string[] {
  return [...RED_FLAGS, ...DIFFERENT_CONDITIONS]
    .flatMap((d) => d.patterns.flatMap(expandPattern))
    .flatMap((p) => p.toLowerCase().split(/[^\p{L}]+/u));
}

/** Flags a position carries from the context triggers covering its words. */
export function positionFlags(a: Analysis, ctx: ContextResult, position: number): number {
  const p = a.positions[position];
  if (!p) return 0;
  let flags = 0;
  for (let k = p.firstToken; k <= p.lastToken; k++) flags |= ctx.tokenFlags[k] ?? 0;
  return flags;
}

/** The text span covering some positions. */
export function spanOf(a: Analysis, positions: readonly number[], why: string): MatchSpan {
  let start = Infinity;
  let end = -Infinity;
  for (const i of positions) {
    const p = a.positions[i];
    if (!p) continue;
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  }
  if (!Number.isFinite(start)) return { start: 0, end: 0, text: "", why };
  return { start, end, text: a.text.slice(start, end), why };
}

/** A hit's distinct positions, worked out once per hit (several steps of a match ask for them). */
export function hitPositions(hit: PhraseHit): readonly number[] {
  hit.positions ??= [...new Set(hit.slotPositions.filter((p) => p >= 0))];
  return hit.positions;
}

/**
 * A mention takes a context when most of its words are in scope, or half of them including its head
 * noun: "denies neck pain" negates both words, "cervical pain s/p whiplash 2 years ago" dates the whiplash.
 */
export function mentionFlags(a: Analysis, ctx: ContextResult, positions: readonly number[], head?: number): number {
  const flagsOf = positions.map((p) => positionFlags(a, ctx, p));
  const any = flagsOf.reduce((x, y) => x | y, 0);
  if (any === 0) return 0;
  const headFlags = head === undefined ? -1 : positionFlags(a, ctx, head);
  let flags = 0;
  for (const bit of FLAG_BITS) {
    if ((any & bit) === 0) continue;
    let n = 0;
    for (const f of flagsOf) if (f & bit) n++;
    if (n * 2 > positions.length || (n * 2 === positions.length && (headFlags < 0 || headFlags & bit))) flags |= bit;
  }
  return flags;
}
const FLAG_BITS: readonly number[] = Object.values(FLAG);

const ABSENT = FLAG.negated | FLAG.resolved | FLAG.family | FLAG.historical;

/**
 * The hits of a phrase set, each phrase at its best window, and — for a phrase whose best window is said
 * not of the patient now (`absent`: denied, resolved, a relative's) — its best window among the other
 * words too. Otherwise "Denies weight loss. Has lost 10 kg unexplained this year" kept only the denied,
 * tidier mention and missed the red flag; a negated mention must never hide an affirmed one.
 */
function hitsWithAffirmedAlternatives(set: PhraseSet, a: Analysis, ctx: ContextResult, absent: number): PhraseHit[] {
  const hits = matchPhraseSet(set, a, { available: () => true, partial: false });
  const hidden = new Set(hits.filter((h) => mentionFlags(a, ctx, hitPositions(h)) & absent).map((h) => h.phrase.owner));
  if (hidden.size === 0) return hits;
  const elsewhere = matchPhraseSet(set, a, { available: (p) => (positionFlags(a, ctx, p) & absent) === 0, partial: false });
  return [...hits, ...elsewhere.filter((h) => hidden.has(h.phrase.owner))];
}

export interface RedFlagResult {
  flags: RedFlag[];
  negated: MentionFact[];
}

export function detectRedFlags(a: Analysis, ctx: ContextResult): RedFlagResult {
  redFlagSet ??= compileDefs(RED_FLAGS);
  const hits = hitsWithAffirmedAlternatives(redFlagSet, a, ctx, ABSENT);
  const flags: RedFlag[] = [];
  const negated: MentionFact[] = [];
  hits.sort((x, y) => Math.min(...hitPositions(x)) - Math.min(...hitPositions(y)));
  for (const hit of hits) {
    const def = RED_FLAGS[hit.phrase.owner];
    if (!def) continue;
    const positions = hitPositions(hit);
    const f = mentionFlags(a, ctx, positions);
    const span = spanOf(a, positions, `red flag: ${def.label}`);
    if (f & ABSENT) {
      if (f & FLAG.negated && !negated.some((m) => m.span.start < span.end && span.start < m.span.end)) negated.push({ slug: null, span });
      continue;
    }
    if (flags.some((r) => r.code === def.code)) continue;
    flags.push({ code: def.code, label: def.label, urgency: def.urgency, span });
  }
  return { flags, negated };
}

export interface DifferentHit {
  label: string;
  /** The diagnosis's own words and the body part written beside them. */
  positions: Set<number>;
  /** The diagnosis's own words only. */
  core: readonly number[];
  regions: Set<string>;
  span: MatchSpan;
  /** A symptom pattern: caps the conditions of its region, consumes no words. */
  symptom: boolean;
  /** Conditions whose own phrases name this diagnosis: for them it is no different diagnosis. */
  listedBy?: ReadonlySet<number>;
}

/** Different diagnoses named in the text, with the body part written beside them. */
export function detectDifferentConditions(a: Analysis, ctx: ContextResult): DifferentHit[] {
  differentSet ??= compileDefs(DIFFERENT_CONDITIONS);
  const notThePatients = FLAG.negated | FLAG.resolved | FLAG.family;
  const hits = hitsWithAffirmedAlternatives(differentSet, a, ctx, notThePatients);
  const out: DifferentHit[] = [];
  for (const hit of hits) {
    const def = DIFFERENT_CONDITIONS[hit.phrase.owner];
    if (!def) continue;
    const positions = hitPositions(hit);
    if (mentionFlags(a, ctx, positions) & notThePatients) continue;
    const taken = new Set(positions);
    const regions = new Set(def.regions.map((r) => normalWord(r)));
    for (const dir of [-1, 1] as const) {
      let k = dir < 0 ? Math.min(...positions) - 1 : Math.max(...positions) + 1;
      const segment = a.positions[positions[0] ?? 0]?.segment;
      while (k >= 0 && k < a.positions.length) {
        const p = a.positions[k];
        if (!p || p.segment !== segment) break;
        if (p.terms.every((t) => SIDE_STEMS.has(t.term))) {
          k += dir;
          continue;
        }
        const part = p.terms.find((t) => BODY_PART_STEMS.has(t.term));
        if (part) {
          taken.add(k);
          regions.add(part.term);
        }
        break;
      }
    }
    const label = `${def.label} (${spanOf(a, [...taken], "").text})`;
    out.push({
      label,
      positions: taken,
      core: positions,
      regions,
      symptom: def.symptom ?? false,
      span: spanOf(a, [...taken], `a different diagnosis: ${def.label}`),
    });
  }
  return out;
}
