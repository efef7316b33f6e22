import { BODY_PARTS, LEXICON } from "./lexicon-data";
import { foldSpelling, stem } from "./stem";
import { tokenize } from "./tokenize";

/** A lexicon entry keyed by the stems of its written form. */
export interface CompiledEntry {
  /** Stems of the canonical words that replace the written form (empty: keep the written words). */
  replace: string[];
  replaceText: string | null;
  implies: string[];
  impliesText: string | null;
  factor: number;
  note: string;
  /** Written forms (lower case) the entry is limited to, when it must match exactly; null: any stem match. */
  exactForms: ReadonlySet<string> | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry: CompiledEntry | null;
}

/**
 * Remembered stems: every word of a complaint is stemmed several times over (reading the text, the side,
 * the patterns), and a note repeats its words. A pure function of the word, so the memo never goes stale;
 * bounded so that unusual input cannot grow it without limit.
 */
const STEM_MEMO = new Map<string, string>();
const STEM_MEMO_LIMIT = 50_000;

/** Lower-cased, spelling-folded stem of a single written word. */
export function normalWord(lower: string): string {
  let stemmed = STEM_MEMO.get(lower);
  if (stemmed === undefined) {
    stemmed = stem(foldSpelling(lower));
    if (STEM_MEMO.size >= STEM_MEMO_LIMIT) STEM_MEMO.clear();
    STEM_MEMO.set(lower, stemmed);
  }
  return stemmed;
}

/** Stems of each word of a short canonical text, without lexicon expansion. */
export function plainStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind !== "punct")
    .map((t) => normalWord(t.lower));
}

function compile(): TrieNode {
  const root: TrieNode = { next: new Map(), entry: null };
  for (const e of LEXICON) {
    const entry: CompiledEntry = {
      replace: e.replace ? plainStems(e.replace) : [],
      replaceText: e.replace ?? null,
      implies: e.implies ? plainStems(e.implies) : [],
      impliesText: e.implies ?? null,
      factor: e.factor ?? 1,
      note: e.note,
      exactForms: e.exact ? new Set(e.forms.map((f) => f.toLowerCase())) : null,
    };
    for (const form of e.forms) {
      const keys = plainStems(form);
      if (keys.length === 0) continue;
      let node = root;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) {
          child = { next: new Map(), entry: null };
          node.next.set(k, child);
        }
        node = child;
      }
      node.entry = entry;
    }
  }
  return root;
}

let trie: TrieNode | null = null;

/** Longest lexicon form starting at `from` in a run of stems; returns its length and entry. */
export function longestLexiconMatch(stems: readonly string[], from: number): { length: number; entry: CompiledEntry } | null {
  trie ??= compile();
  let node: TrieNode | undefined = trie;
  let best: { length: number; entry: CompiledEntry } | null = null;
  for (let i = from; i < stems.length && node; i++) {
    const key = stems[i];
    if (key === undefined || key === "") break;
    node = node.next.get(key);
    if (node?.entry) best = { length: i - from + 1, entry: node.entry };
  }
  return best;
}

/** Every written word the lexicon knows, for the spelling corrector's vocabulary. */
export function lexiconWords(): string[] {
  const words: string[] = [];
  for (const e of LEXICON) {
    for (const form of e.forms) for (const t of tokenize(form)) if (t.kind === "word") words.push(foldSpelling(t.lower));
    for (const text of [e.replace, e.implies]) if (text) for (const t of tokenize(text)) if (t.kind === "word") words.push(t.lower);
  }
  return words;
}

/** Canonical body-part words, for "a different body part" checks. */
export const BODY_PART_STEMS: ReadonlySet<string> = new Set(BODY_PARTS.map((w) => normalWord(w)));
