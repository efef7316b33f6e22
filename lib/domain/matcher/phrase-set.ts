import { analyze, type Analysis } from "./analyze";
import { BODY_PARTS, GENERIC_HEADS, HEAD_DELIMITERS, MODIFIERS } from "./lexicon-data";
import { normalWord } from "./lexicon";

/**
 * Phrases compiled to sets of canonical words, with a postings list (word → phrase slots) so a complaint
 * only ever touches the phrases that share a word with it — never a scan of every phrase.
 */

export interface CompiledPhrase {
  id: number;
  /** Index of whatever owns the phrase (a condition, a red flag, a different diagnosis). */
  owner: number;
  text: string;
  /** Every phrase of the owner that reads as these same words ("neck pain", "cervicalgia"). */
  texts: string[];
  slots: string[];
  weights: number[];
  total: number;
  /** Slot of the head noun ("osteoarthritis" in "osteoarthritis of the knee"). */
  head: number;
}

export interface PhraseSet {
  phrases: CompiledPhrase[];
  postings: Map<string, number[]>;
  /** How many owners use each word: 1 = the word names one owner only. */
  ownerCount: Map<string, number>;
  /** Per owner, head nouns that name it even alone ("headache", "knee"): see acceptPartial. */
  singleWordHeads: Map<number, Set<string>>;
}

const MAX_SLOTS = 16;
const SLACK = 3;
const MAX_OCCURRENCES = 48;
export const BODY_PART_STEMS = new Set(BODY_PARTS.map((w) => normalWord(w)));

/** "cancer-related anxiety or depression" → ["cancer-related anxiety", "cancer-related depression"]. */
export function expandAlternatives(text: string): string[] {
  const parts = text.split(/\s+or\s+/i);
  if (parts.length < 2) return [text];
  const first = parts[0] ?? "";
  const words = first.split(/\s+/);
  const prefix = words.slice(0, -1).join(" ");
  return [first, ...parts.slice(1).map((p) => (prefix ? `${prefix} ${p}` : p))];
}

interface RawPhrase {
  owner: number;
  text: string;
  slots: string[];
  head: number;
}

function phraseSlots(text: string, keepModifiers: boolean): { slots: string[]; head: number } {
  const a: Analysis = analyze(text.replace(/[()]/g, " "), { implies: false });
  const delimiter = a.tokens.findIndex((t, i) => HEAD_DELIMITERS.has(t.lower) && a.tokenPosition.slice(0, i).some((p) => p >= 0));
  const slots: string[] = [];
  let head = -1;
  for (const p of a.positions) {
    for (const t of p.terms) {
      if (!keepModifiers && MODIFIERS.has(t.term)) continue;
      if (slots.includes(t.term) || slots.length >= MAX_SLOTS) continue;
      slots.push(t.term);
      if (delimiter < 0 || p.lastToken < delimiter) head = slots.length - 1;
    }
  }
  return { slots, head: head < 0 ? slots.length - 1 : head };
}

export interface CompileOptions {
  keepModifiers?: boolean;
  /** Per owner, canonical words of its body region: a head noun that is the region names the owner. */
  regions?: readonly (readonly string[])[];
}

export function compilePhraseSet(items: { owner: number; text: string }[], options: CompileOptions = {}): PhraseSet {
  const raw: RawPhrase[] = [];
  for (const item of items) {
    for (const variant of expandAlternatives(item.text)) {
      const { slots, head } = phraseSlots(variant, options.keepModifiers ?? false);
      if (slots.length > 0) raw.push({ owner: item.owner, text: item.text, slots, head });
    }
  }
  const owners = new Map<string, Set<number>>();
  for (const r of raw) for (const s of r.slots) (owners.get(s) ?? owners.set(s, new Set()).get(s))?.add(r.owner);
  const ownerCount = new Map<string, number>();
  for (const [term, set] of owners) ownerCount.set(term, set.size);
  // Words shared by many owners ("pain") say less about which one is meant than rare ones ("knee").
  const weightOf = (term: string) => 1 / (1 + Math.log(ownerCount.get(term) ?? 1));
  const phrases: CompiledPhrase[] = [];
  const postings = new Map<string, number[]>();
  const seen = new Map<string, CompiledPhrase>();
  const headCounts = new Map<number, Map<string, number>>();
  for (const r of raw) {
    const head = r.slots[r.head] ?? "";
    const counts = headCounts.get(r.owner) ?? headCounts.set(r.owner, new Map()).get(r.owner);
    counts?.set(head, (counts.get(head) ?? 0) + 1);
    const key = `${r.owner}|${[...r.slots].sort().join(" ")}`;
    const twin = seen.get(key);
    if (twin) {
      if (!twin.texts.includes(r.text)) twin.texts.push(r.text);
      continue;
    }
    const weights = r.slots.map(weightOf);
    const id = phrases.length;
    const compiled = { id, owner: r.owner, text: r.text, texts: [r.text], slots: r.slots, weights, total: weights.reduce((x, y) => x + y, 0), head: r.head };
    seen.set(key, compiled);
    phrases.push(compiled);
    r.slots.forEach((s, slot) => {
      const list = postings.get(s);
      const code = id * MAX_SLOTS + slot;
      if (list) list.push(code);
      else postings.set(s, [code]);
    });
  }
  // A head noun names its owner alone when the owner uses it as head twice, or it is the owner's body
  // region ("headache" for tension-type headache, "knee" for knee OA) — not "depression" of
  // "cancer-related depression", whose defining word is the qualifier.
  const singleWordHeads = new Map<number, Set<string>>();
  for (const [owner, counts] of headCounts) {
    const region = new Set(options.regions?.[owner] ?? []);
    const ok = new Set<string>();
    for (const [head, n] of counts) if (!GENERIC_HEADS.has(head) && ownerCount.get(head) === 1 && (n >= 2 || region.has(head))) ok.add(head);
    singleWordHeads.set(owner, ok);
  }
  return { phrases, postings, ownerCount, singleWordHeads };
}

export interface PhraseHit {
  phrase: CompiledPhrase;
  /** Position index used for each slot, -1 when the slot is missing. */
  slotPositions: number[];
  coverage: number;
  full: boolean;
  /** 1 within a short window, 0.8 when only the same sentence holds all the words. */
  proximity: number;
  sentence: number;
}

export interface MatchOptions {
  available: (position: number) => boolean;
  /** Accept phrases with some words missing (conditions do; red flags and exclusions need every word). */
  partial: boolean;
}

interface Occurrence {
  slot: number;
  pos: number;
  factor: number;
}

export function matchPhraseSet(set: PhraseSet, a: Analysis, options: MatchOptions): PhraseHit[] {
  const occurrences = new Map<number, Occurrence[]>();
  for (const p of a.positions) {
    if (!options.available(p.index)) continue;
    for (const t of p.terms) {
      const codes = set.postings.get(t.term);
      if (!codes) continue;
      for (const code of codes) {
        const id = Math.floor(code / MAX_SLOTS);
        const list = occurrences.get(id);
        const occ = { slot: code % MAX_SLOTS, pos: p.index, factor: t.factor };
        if (!list) occurrences.set(id, [occ]);
        else if (list.length < MAX_OCCURRENCES) list.push(occ);
      }
    }
  }
  const hits: PhraseHit[] = [];
  for (const [id, occ] of occurrences) {
    const phrase = set.phrases[id];
    if (!phrase) continue;
    const present = new Set(occ.map((o) => o.slot));
    if (present.size < phrase.slots.length && !options.partial) continue;
    let upper = 0;
    for (const s of present) upper += phrase.weights[s] ?? 0;
    if (upper < phrase.total * 0.5 - 1e-9) continue;
    const hit = bestWindow(phrase, occ, a);
    if (hit && (hit.full || acceptPartial(set, hit, a))) hits.push(hit);
  }
  return hits;
}

function bestWindow(phrase: CompiledPhrase, occ: Occurrence[], a: Analysis): PhraseHit | null {
  let best: PhraseHit | null = null;
  let bestScore = -1;
  for (let i = 0; i < occ.length; i++) {
    const left = occ[i];
    if (!left) continue;
    const chosen = phrase.slots.map(() => -1);
    const factor = phrase.slots.map(() => 0);
    let minPos = Infinity;
    let maxPos = -Infinity;
    const sentence = a.positions[left.pos]?.sentence ?? 0;
    for (let j = 0; j < occ.length; j++) {
      const o = occ[j];
      if (!o || a.positions[o.pos]?.sentence !== sentence) continue;
      if (o.pos < left.pos) continue;
      if ((factor[o.slot] ?? 0) >= o.factor) continue;
      chosen[o.slot] = o.pos;
      factor[o.slot] = o.factor;
      minPos = Math.min(minPos, o.pos);
      maxPos = Math.max(maxPos, o.pos);
      let covered = 0;
      let weighted = 0;
      phrase.slots.forEach((_, s) => {
        if ((chosen[s] ?? -1) >= 0) {
          covered++;
          weighted += (phrase.weights[s] ?? 0) * (factor[s] ?? 0);
        }
      });
      const proximity = maxPos - minPos <= covered - 1 + SLACK ? 1 : 0.8;
      const coverage = weighted / phrase.total;
      // On a tie, prefer words said outright over one abbreviation standing for several ("LBP and neck").
      // and words within one comma-separated part ("hip OA", not "osteoarthritis, also has hip").
      let borrowed = 0;
      const parts = new Set<number>();
      for (const pos of chosen) {
        if (pos < 0) continue;
        borrowed += (a.positions[pos]?.terms.length ?? 1) - 1;
        parts.add(a.positions[pos]?.segment ?? 0);
      }
      const score = coverage * proximity - (parts.size - 1) * 1e-3 - borrowed * 1e-4 - (maxPos - minPos) * 1e-5;
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = { phrase, slotPositions: [...chosen], coverage, full: covered === phrase.slots.length, proximity, sentence };
      }
    }
  }
  return best;
}

function acceptPartial(set: PhraseSet, hit: PhraseHit, a: Analysis): boolean {
  const { phrase, slotPositions } = hit;
  if (hit.proximity < 1 || hit.coverage < 0.5 - 1e-9) return false;
  const headTerm = phrase.slots[phrase.head];
  if (headTerm === undefined || (slotPositions[phrase.head] ?? -1) < 0) return false;
  const matched = slotPositions.filter((p) => p >= 0);
  // One word of a two-word phrase only counts when it is the head noun and names this owner alone.
  if (matched.length < 2 && !(phrase.slots.length === 2 && set.singleWordHeads.get(phrase.owner)?.has(headTerm))) return false;
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

/** "saddle (anaesthesia|numbness)" → ["saddle anaesthesia", "saddle numbness"]. */
export function expandPattern(pattern: string): string[] {
  const m = /\(([^()]*)\)/.exec(pattern);
  if (!m) return [pattern.replace(/\s+/g, " ").trim()];
  const before = pattern.slice(0, m.index);
  const after = pattern.slice(m.index + m[0].length);
  return (m[1] ?? "").split("|").flatMap((alt) => expandPattern(`${before}${alt}${after}`));
}
