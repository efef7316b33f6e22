import { distance } from "fastest-levenshtein";

/**
 * Spelling correction for words a complaint has but no vocabulary knows ("fibromyalga",
 * "osteoarthritus"). Symmetric-delete lookup (the SymSpell idea) keeps it fast at thousands of
 * conditions: candidates come from a delete index, and fastest-levenshtein confirms the distance.
 * Short words are never corrected: at four letters too many real words are one edit apart.
 */

const MIN_LENGTH = 5;

/** Edits allowed for a word of this length: 1 up to seven letters, 2 from eight. */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 3) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
}

export interface Speller {
  /** The vocabulary word meant, or null when the word is known, too short, or ambiguous. */
  correct(word: string): string | null;
  isKnown(word: string): boolean;
}

export function buildSpeller(targets: Iterable<string>, known: Iterable<string>, canonical: (word: string) => string): Speller {
  const targetSet = new Set<string>();
  for (const t of targets) if (/^\p{L}+$/u.test(t) && t.length >= MIN_LENGTH - 1) targetSet.add(t);
  const knownSet = new Set<string>(known);
  for (const t of targetSet) knownSet.add(t);
  const byDelete = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDelete.get(key);
    if (list) {
      if (!list.includes(word)) list.push(word);
    } else byDelete.set(key, [word]);
  };
  // One delete on the vocabulary side, up to two on the query side: finds single edits and the
  // common double edits (a transposition, an insertion plus a deletion) at a fraction of the memory.
  for (const word of targetSet) {
    add(word, word);
    const ds = new Set<string>();
    deletes(word, 1, ds);
    for (const d of ds) add(d, word);
  }

  return {
    isKnown: (word) => knownSet.has(word),
    correct(word) {
      if (word.length < MIN_LENGTH || knownSet.has(word) || !/^\p{L}+$/u.test(word)) return null;
      const limit = maxEdits(word.length);
      const keys = new Set<string>([word]);
      deletes(word, limit, keys);
      let bestDistance = limit + 1;
      // Several spellings of one word (headache, headaches) are not an ambiguity; two words are.
      const best = new Map<string, string>();
      for (const key of keys) {
        const candidates = byDelete.get(key);
        if (!candidates) continue;
        for (const candidate of candidates) {
          // Typos rarely touch the first letter; requiring it avoids turning one real word into another.
          if (candidate[0] !== word[0]) continue;
          const d = distance(word, candidate);
          if (d > limit || d > maxEdits(candidate.length) || d > bestDistance) continue;
          if (d < bestDistance) {
            bestDistance = d;
            best.clear();
          }
          const c = canonical(candidate);
          const seen = best.get(c);
          if (seen === undefined || candidate < seen) best.set(c, candidate);
        }
      }
      if (best.size !== 1) return null;
      const [only] = best.values();
      return only ?? null;
    },
  };
}
