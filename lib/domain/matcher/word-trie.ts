/** A trie over lower-case word sequences, for trigger phrases matched against tokens. */

export interface WordTrie<T> {
  next: Map<string, WordTrie<T>>;
  value: T | null;
}

export function buildWordTrie<T>(entries: { words: string[]; value: T }[]): WordTrie<T> {
  const root: WordTrie<T> = { next: new Map(), value: null };
  for (const e of entries) {
    let node = root;
    for (const w of e.words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), value: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.value = e.value;
  }
  return root;
}

/** Longest entry starting at `from`; `words[i]` null stops the match (punctuation). */
export function longestWordMatch<T>(
  trie: WordTrie<T>,
  words: readonly (string | null)[],
  from: number,
): { length: number; value: T } | null {
  let node: WordTrie<T> | undefined = trie;
  let best: { length: number; value: T } | null = null;
  for (let i = from; i < words.length && node; i++) {
    const w = words[i];
    if (w === null || w === undefined) break;
    node = node.next.get(w);
    if (node && node.value !== null) best = { length: i - from + 1, value: node.value };
  }
  return best;
}
