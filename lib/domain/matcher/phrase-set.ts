import { analyze, type Analysis } from "./analyze";
import { GENERIC_HEADS, HEAD_DELIMITERS, MODIFIERS } from "./lexicon-data";
import { acceptPartial, bestWindow, type MatchOptions, type Occurrences, type PhraseHit } from "./phrase-window";

export type { MatchOptions, PhraseHit } from "./phrase-window";

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
  /** Bit per slot, all set: a complaint with every word. */
  fullMask: number;
}

export interface PhraseSet {
  phrases: CompiledPhrase[];
  /** Word → codes (phrase id << 4 | slot). */
  postings: Map<string, Int32Array>;
  /**
   * Weight of a word, the same in every phrase that has it (it depends only on how many owners use the
   * word), so the hot loop reads it once per word; each phrase's total and full mask, flat for that loop.
   */
  termWeight: Map<string, number>;
  phraseTotal: Float64Array;
  phraseFullMask: Int32Array;
  /** Per phrase, the bit of a head noun that may match alone (see singleWordHeads), else 0. */
  phraseSingleHeadBit: Int32Array;
  /** How many owners use each word: 1 = the word names one owner only. */
  ownerCount: Map<string, number>;
  /** Per owner, head nouns that name it even alone ("headache", "knee"): see acceptPartial. */
  singleWordHeads: Map<number, Set<string>>;
  /** Per-phrase work arrays reused by every match (zeroed after each); matching stays single-threaded JS. */
  scratch: { mask: Int32Array; upper: Float64Array };
}

const SLOT_BITS = 4;
const MAX_SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = MAX_SLOTS - 1;
const MAX_OCCURRENCES = 48;
const MAX_PARTIAL_CANDIDATES = 32;
/** Scratch-mask value of a phrase chosen for the window search (a real mask is never negative: ≤ 16 bits). */
const CANDIDATE = -1;

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
  const lists = new Map<string, number[]>();
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
    const compiled = {
      id,
      owner: r.owner,
      text: r.text,
      texts: [r.text],
      slots: r.slots,
      weights,
      total: weights.reduce((x, y) => x + y, 0),
      head: r.head,
      fullMask: (1 << r.slots.length) - 1,
    };
    seen.set(key, compiled);
    phrases.push(compiled);
    r.slots.forEach((s, slot) => {
      const list = lists.get(s);
      const code = (id << SLOT_BITS) | slot;
      if (list) list.push(code);
      else lists.set(s, [code]);
    });
  }
  // A head noun names its owner alone when the owner uses it as head twice, or it is the owner's body
  // region ("headache" for tension-type headache, "knee" for knee OA) — not "depression" of
  // "cancer-related depression", whose defining word is the qualifier.
  const singleWordHeads = new Map<number, Set<string>>();
  for (const [owner, counts] of headCounts) {
    const region = new Set(options.regions?.[owner] ?? []);
    const ok = new Set<string>();
    for (const [head, n] of counts)
      if (!GENERIC_HEADS.has(head) && ownerCount.get(head) === 1 && (n >= 2 || region.has(head))) ok.add(head);
    singleWordHeads.set(owner, ok);
  }
  const postings = new Map<string, Int32Array>();
  for (const [term, codes] of lists) postings.set(term, Int32Array.from(codes));
  const termWeight = new Map<string, number>();
  const phraseTotal = new Float64Array(phrases.length);
  const phraseFullMask = new Int32Array(phrases.length);
  const phraseSingleHeadBit = new Int32Array(phrases.length);
  for (const p of phrases) {
    p.slots.forEach((term, slot) => termWeight.set(term, p.weights[slot] ?? 0));
    phraseTotal[p.id] = p.total;
    phraseFullMask[p.id] = p.fullMask;
    phraseSingleHeadBit[p.id] = singleHeadBit(p, singleWordHeads);
  }
  const scratch = { mask: new Int32Array(phrases.length), upper: new Float64Array(phrases.length) };
  return { phrases, postings, termWeight, phraseTotal, phraseFullMask, phraseSingleHeadBit, ownerCount, singleWordHeads, scratch };
}

/**
 * Two passes over the postings: the first only sets bits and sums weights in typed scratch arrays
 * (no allocation per posting), so the many phrases that share one common word ("pain") are dropped
 * cheaply; the second collects word positions for the few phrases that can still match.
 */
export function matchPhraseSet(set: PhraseSet, a: Analysis, options: MatchOptions): PhraseHit[] {
  const { mask, upper } = set.scratch;
  const touched: number[] = [];
  const usable: boolean[] = a.positions.map((p) => options.available(p.index));
  try {
    // A word said many times ("pain") sets the same bits each time: its postings are read once.
    const seen = new Set<string>();
    for (const p of a.positions) {
      if (!usable[p.index]) continue;
      for (const t of p.terms) {
        if (seen.has(t.term)) continue;
        seen.add(t.term);
        const codes = set.postings.get(t.term);
        if (!codes) continue;
        const weight = set.termWeight.get(t.term) ?? 0;
        for (let k = 0; k < codes.length; k++) {
          const code = codes[k] ?? 0;
          const id = code >> SLOT_BITS;
          const bit = 1 << (code & SLOT_MASK);
          const m = mask[id] ?? 0;
          if (m === 0) touched.push(id);
          if ((m & bit) === 0) {
            mask[id] = m | bit;
            upper[id] = (upper[id] ?? 0) + weight;
          }
        }
      }
    }
    const candidates: number[] = [];
    const partials: { id: number; ratio: number }[] = [];
    for (const id of touched) {
      const m = mask[id] ?? 0;
      if (m === set.phraseFullMask[id]) {
        candidates.push(id);
        continue;
      }
      if (!options.partial) continue;
      // Most phrases are touched by one common word only: the bit test drops them before any division.
      if (popcount(m) < 2 && m !== set.phraseSingleHeadBit[id]) continue;
      const ratio = (upper[id] ?? 0) / (set.phraseTotal[id] ?? 1);
      if (ratio < 0.5 - 1e-9) continue;
      partials.push({ id, ratio });
    }
    // Only the most complete partial matches are worth a window search: with thousands of phrases,
    // hundreds can share two common words, and none of them would beat a fuller match.
    partials.sort((x, y) => y.ratio - x.ratio || x.id - y.id);
    for (const p of partials.slice(0, MAX_PARTIAL_CANDIDATES)) candidates.push(p.id);
    if (candidates.length === 0) return [];
    // The scratch mask marks the candidates from here on (-1): every touched phrase is zeroed after.
    for (const id of candidates) mask[id] = CANDIDATE;
    const occurrences = new Map<number, Occurrences>();
    // Each word's postings filtered to the candidates once, however often the word is said.
    const candidateCodes = new Map<string, number[]>();
    const codesOf = (term: string): number[] => {
      let codes = candidateCodes.get(term);
      if (!codes) {
        codes = [];
        const all = set.postings.get(term);
        if (all)
          for (let k = 0; k < all.length; k++) {
            const code = all[k] ?? 0;
            if (mask[code >> SLOT_BITS] === CANDIDATE) codes.push(code);
          }
        candidateCodes.set(term, codes);
      }
      return codes;
    };
    for (const p of a.positions) {
      if (!usable[p.index]) continue;
      for (const t of p.terms) {
        const codes = codesOf(t.term);
        for (let k = 0; k < codes.length; k++) {
          const code = codes[k] ?? 0;
          const id = code >> SLOT_BITS;
          const list = occurrences.get(id);
          if (!list) occurrences.set(id, { slots: [code & SLOT_MASK], pos: [p.index], factor: [t.factor] });
          else if (list.pos.length < MAX_OCCURRENCES) {
            list.slots.push(code & SLOT_MASK);
            list.pos.push(p.index);
            list.factor.push(t.factor);
          }
        }
      }
    }
    const hits: PhraseHit[] = [];
    for (const [id, occ] of occurrences) {
      const phrase = set.phrases[id];
      if (!phrase) continue;
      const hit = bestWindow(phrase, occ, a);
      if (hit && (hit.full || (options.partial && acceptPartial(set, hit, a)))) hits.push(hit);
    }
    return hits;
  } finally {
    for (const id of touched) {
      mask[id] = 0;
      upper[id] = 0;
    }
  }
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** A two-word phrase whose head noun names its owner alone may match on that word: its bit, else 0. */
function singleHeadBit(phrase: CompiledPhrase, singleWordHeads: ReadonlyMap<number, ReadonlySet<string>>): number {
  const head = phrase.slots[phrase.head];
  return phrase.slots.length === 2 && head !== undefined && !!singleWordHeads.get(phrase.owner)?.has(head) ? 1 << phrase.head : 0;
}

/** "saddle (anaesthesia|numbness)" → ["saddle anaesthesia", "saddle numbness"]. */
export function expandPattern(pattern: string): string[] {
  const m = /\(([^()]*)\)/.exec(pattern);
  if (!m) return [pattern.replace(/\s+/g, " ").trim()];
  const before = pattern.slice(0, m.index);
  const after = pattern.slice(m.index + m[0].length);
  return (m[1] ?? "").split("|").flatMap((alt) => expandPattern(`${before}${alt}${after}`));
}
