import { clinicalPatternWords } from "./clinical";
import { RED_FLAGS } from "./clinical-data";
import { everydayWords } from "./everyday-words";
import { PSEUDO_TRIGGERS, RELATIVES, TERMINATORS, TRIGGERS } from "./context-data";
import { lexiconWords, normalWord, plainStems } from "./lexicon";
import { STOPWORDS } from "./lexicon-data";
import { compilePhraseSet, expandAlternatives, type PhraseSet } from "./phrase-set";
import { buildSpeller, type Speller } from "./speller";
import { foldSpelling } from "./stem";
import type { MatcherCondition } from "./types";

export interface IndexedExclusion {
  condition: number;
  phrase: string;
  reason: string;
  /** Red flags the exclusion names ("cauda equina"): a flag found in the text satisfies it. */
  redFlagCodes: Set<string>;
}

/** Everything matching needs, built once per evidence version (the caller caches it by version id). */
export interface MatcherIndex {
  conditions: readonly MatcherCondition[];
  phrases: PhraseSet;
  exclusions: IndexedExclusion[];
  exclusionPhrases: PhraseSet;
  /** Per condition, the ids of its exclusions. */
  exclusionsOf: number[][];
  /** Per condition: its head nouns and body region, to spot a different diagnosis of the same part. */
  regionTerms: Set<string>[];
  speller: Speller;
}

// Hedges say how sure someone was, not what the exclusion is: "suspected fracture" excludes a fracture.
const HEDGES = /\b(suspected|suspicion of|possible|probable|signs? of|signs?|symptoms? of|features? of)\b/gi;

function exclusionAlternatives(phrase: string): string[] {
  return phrase
    .split(/[(),;/]|\bor\b/i)
    .map((p) => p.replace(HEDGES, " ").replace(/\s+/g, " ").trim())
    .filter((p) => /\p{L}{2,}/u.test(p));
}

/** The condition's name is one more way to say it, when it is a short noun phrase. */
function nameAsPhrase(name: string): string | null {
  const plain = name
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (/,|\band\b/i.test(plain) || plain.split(" ").length > 6) return null;
  return plain;
}

export function buildMatcherIndex(conditions: readonly MatcherCondition[]): MatcherIndex {
  const phraseItems = conditions.flatMap((c, owner) => {
    const name = nameAsPhrase(c.name);
    return [...c.phrases, ...(name ? [name] : [])].map((text) => ({ owner, text }));
  });
  const regions = conditions.map((c) => plainStems(c.bodyRegion).filter((w) => !STOPWORDS.has(w)));
  const phrases = compilePhraseSet(phraseItems, { regions });

  const exclusions: IndexedExclusion[] = [];
  const exclusionItems: { owner: number; text: string }[] = [];
  conditions.forEach((c, condition) => {
    for (const e of c.exclusions) {
      const id = exclusions.length;
      const stems = plainStems(e.phrase);
      const names = (n: string) => plainStems(n).every((w) => stems.includes(w));
      exclusions.push({
        condition,
        phrase: e.phrase,
        reason: e.reason,
        redFlagCodes: new Set(RED_FLAGS.filter((f) => f.names.some(names)).map((f) => f.code)),
      });
      for (const alt of exclusionAlternatives(e.phrase)) exclusionItems.push({ owner: id, text: alt });
    }
  });
  const exclusionPhrases = compilePhraseSet(exclusionItems, { keepModifiers: true });

  const regionTerms = conditions.map(() => new Set<string>());
  for (const p of phrases.phrases) {
    const head = p.slots[p.head];
    if (head) regionTerms[p.owner]?.add(head);
  }
  regions.forEach((words, i) => words.forEach((w) => regionTerms[i]?.add(w)));

  const words = (texts: string[]) =>
    texts
      .flatMap((t) => t.toLowerCase().split(/[^\p{L}]+/u))
      .map(foldSpelling)
      .filter(Boolean);
  const targets = [
    ...words(conditions.flatMap((c) => [...c.phrases.flatMap(expandAlternatives), c.name, ...c.exclusions.map((e) => e.phrase)])),
    ...lexiconWords(),
    ...clinicalPatternWords(),
  ];
  const known = [
    ...everydayWords(),
    ...STOPWORDS,
    ...RELATIVES,
    ...TERMINATORS,
    ...words([...TRIGGERS.map((t) => t.phrase), ...PSEUDO_TRIGGERS]),
  ];
  const speller = buildSpeller(targets, [...known, ...known.map(normalWord)], normalWord);
  const exclusionsOf = conditions.map(() => [] as number[]);
  exclusions.forEach((e, id) => exclusionsOf[e.condition]?.push(id));
  return { conditions, phrases, exclusions, exclusionsOf, exclusionPhrases, regionTerms, speller };
}
