import type { Analysis } from "./analyze";
import {
  FAMILY_TRIGGERS,
  NEGATABLE_QUALIFIERS,
  NO_CURRENT_SYMPTOMS,
  PSEUDO_TRIGGERS,
  RELATIVE_LINKS,
  RELATIVES,
  TERMINATORS,
  TRIGGERS,
  type ContextKind,
  type TriggerDef,
} from "./context-data";
import { findSections } from "./sections";
import { buildWordTrie, longestWordMatch, type WordTrie } from "./word-trie";

/** Bit flags a token can carry; a mention takes the flags of its words. */
export const FLAG: Record<ContextKind, number> = {
  negated: 1,
  resolved: 2,
  historical: 4,
  family: 8,
  hypothetical: 16,
  background: 32,
  radiation: 64,
  adverse: 128,
};

export interface ContextSpan {
  kind: ContextKind;
  start: number;
  end: number;
  text: string;
}

export interface ContextResult {
  tokenFlags: number[];
  /** Per token: part of the stated reason for the visit (chief complaint section, "presents with", first sentence). */
  chief: boolean[];
  /** Some tokens are the chief complaint and some not: only then does being the chief complaint weigh. */
  chiefDistinguishes: boolean;
  triggers: ContextSpan[];
  /** "no complaints", "asymptomatic": nothing to treat now. */
  noSymptoms: ContextSpan | null;
}

type Entry = { kind: "pseudo" } | { kind: "trigger"; def: TriggerDef } | { kind: "nosymptoms" };

/** One trigger per phrase: a phrase listed both before and after ("suspected") scopes both ways. */
function mergedTriggers(): TriggerDef[] {
  const byPhrase = new Map<string, TriggerDef>();
  for (const def of TRIGGERS) {
    const key = `${def.kind}|${def.phrase}`;
    const prev = byPhrase.get(key);
    if (prev && prev.direction !== def.direction) byPhrase.set(key, { ...prev, direction: "both", list: prev.list ?? def.list });
    else if (!prev) byPhrase.set(key, def);
  }
  return [...byPhrase.values()];
}

let trie: WordTrie<Entry> | null = null;
function triggerTrie(): WordTrie<Entry> {
  const words = (p: string) => p.split(/\s+/).filter(Boolean);
  trie ??= buildWordTrie<Entry>([
    ...mergedTriggers().map((def) => ({ words: words(def.phrase), value: { kind: "trigger", def } as Entry })),
    ...FAMILY_TRIGGERS.map((p) => ({
      words: words(p),
      value: { kind: "trigger", def: { phrase: p, kind: "family", direction: "pre", list: true } } as Entry,
    })),
    ...NO_CURRENT_SYMPTOMS.map((p) => ({ words: words(p), value: { kind: "nosymptoms" } as Entry })),
    // Pseudo-triggers last so that, for an identical phrase, they win.
    ...PSEUDO_TRIGGERS.map((p) => ({ words: words(p), value: { kind: "pseudo" } as Entry })),
  ]);
  return trie;
}

interface Found {
  def: TriggerDef;
  first: number;
  last: number;
}

/** Single-word negators that can bear on one qualifier ("not intractable"); "denies" always names a finding. */
const QUALIFIER_NEGATORS = new Set(["no", "not", "non", "never", "without", "nor"]);
/** The writer speaking of themself ends a statement about someone else: "my parents have it and I have…". */
const WRITER: ReadonlySet<string> = new Set(["i", "i'm", "im", "i've", "ive", "me", "myself"]);
const MAX_SCOPE = 5;
const MAX_LIST_SCOPE = 8;
const CONTINUE_WORDS = new Set([
  "and",
  "or",
  "nor",
  "any",
  "other",
  "of",
  "the",
  "a",
  "an",
  "to",
  "in",
  "with",
  "his",
  "her",
  "their",
  "recent",
  "new",
  "significant",
]);

/** A relative followed by their age: "is 50", ", 62,", "who is 70", "aged 45". */
function introducesTheirAge(tokens: Analysis["tokens"], i: number): boolean {
  const words = tokens.slice(i + 1, i + 4).map((t) => t.lower);
  const k = words[0] === "who" ? 1 : 0;
  const link = words[k];
  const age = words[k + 1];
  return (link === "is" || link === "," || link === "aged") && age !== undefined && /^\d{1,3}$/.test(age);
}

export function findContext(a: Analysis): ContextResult {
  const { tokens } = a;
  const words = tokens.map((t) => (t.kind === "punct" ? null : t.lower));
  const found: Found[] = [];
  let noSymptoms: ContextSpan | null = null;
  const span = (kind: ContextKind, first: number, last: number): ContextSpan => {
    const s = tokens[first]?.start ?? 0;
    const e = tokens[last]?.end ?? s;
    return { kind, start: s, end: e, text: a.text.slice(s, e) };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.raw === "?") {
      const next = tokens[i + 1];
      const glued = next !== undefined && next.start === t.end && next.kind === "word";
      // "Why did the doctor say I have osteoarthritis in my thumb?" asks about a stated condition; a
      // yes/no question ("Is it carpal tunnel?", "fibromyalgia?") is the hedge.
      if (!glued && opensWithQuestionWord(a, i)) continue;
      found.push({ def: { phrase: "?", kind: "hypothetical", direction: glued ? "pre" : "post" }, first: i, last: i });
      continue;
    }
    if (t.kind === "punct") continue;
    if (RELATIVES.has(t.lower)) {
      const next = tokens[i + 1];
      const possessive = /['’]s$/i.test(t.raw);
      const linked = next !== undefined && (RELATIVE_LINKS.has(next.lower) || next.raw === ":" || next.raw === "-");
      const prevWord = tokens[i - 1]?.lower;
      const prev2 = tokens[i - 2]?.lower;
      // "My mother is 50 years old and has knee pain", "my husband, 62, has…": a carer writing about the
      // patient, whose age age.ts reads as the patient's; what follows is the complaint, not family history.
      if (!possessive && introducesTheirAge(tokens, i)) continue;
      if (possessive || linked) {
        found.push({
          def: { phrase: t.lower, kind: "family", direction: "pre", list: true, stopsAt: WRITER },
          first: i,
          last: linked && next?.kind !== "punct" ? i + 1 : i,
        });
        continue;
      }
      if (prevWord === "in" || (prev2 === "in" && (prevWord === "her" || prevWord === "his" || prevWord === "my"))) {
        found.push({ def: { phrase: t.lower, kind: "family", direction: "post" }, first: prevWord === "in" ? i - 1 : i - 2, last: i });
        continue;
      }
    }
    const hit = longestWordMatch(triggerTrie(), words, i);
    if (!hit) continue;
    if (hit.value.kind === "trigger") {
      const last = i + hit.length - 1;
      const { def } = hit.value;
      // "not intractable", "no sharp pain": a negation right before a qualifier denies the qualifier only.
      const qualifier = QUALIFIER_NEGATORS.has(def.phrase) && NEGATABLE_QUALIFIERS.has(tokens[last + 1]?.lower ?? "");
      found.push({ def: qualifier ? { ...def, direction: "pre", list: false, scope: 1 } : def, first: i, last });
    } else if (hit.value.kind === "nosymptoms") noSymptoms ??= span("negated", i, i + hit.length - 1);
    i += hit.length - 1;
  }

  const tokenFlags = tokens.map(() => 0);
  const startsTrigger = new Set(found.map((f) => f.first));
  const endsTrigger = new Set(found.map((f) => f.last));
  for (const f of found) {
    const bit = FLAG[f.def.kind];
    const max = f.def.scope ?? (f.def.list || f.def.kind === "family" ? MAX_LIST_SCOPE : MAX_SCOPE);
    if (f.def.direction !== "post")
      walk(a, f.last + 1, 1, max, !!f.def.list, startsTrigger, (k) => (tokenFlags[k] = (tokenFlags[k] ?? 0) | bit), f.def.stopsAt);
    if (f.def.direction !== "pre" && !datesAnOnset(a, f.first, f.def.stopsAt))
      walk(
        a,
        f.first - 1,
        -1,
        f.def.direction === "both" ? Math.min(4, max) : max,
        false,
        endsTrigger,
        (k) => (tokenFlags[k] = (tokenFlags[k] ?? 0) | bit),
      );
  }
  // Past history, medication lists, review of systems: context for the visit; a family history section: a relative's.
  const sections = findSections(a);
  sections.kind.forEach((kind, k) => {
    if (kind === "background") tokenFlags[k] = (tokenFlags[k] ?? 0) | FLAG.background;
    else if (kind === "family") tokenFlags[k] = (tokenFlags[k] ?? 0) | FLAG.family;
  });
  return {
    tokenFlags,
    chief: sections.chief,
    chiefDistinguishes: sections.distinguishes,
    triggers: found.map((f) => span(f.def.kind, f.first, f.last)),
    noSymptoms,
  };
}

/** "diagnosed with fibro five years ago": an onset word shortly before a date trigger in its sentence. */
function datesAnOnset(a: Analysis, trigger: number, onsetWords: ReadonlySet<string> | undefined): boolean {
  if (!onsetWords) return false;
  const sentence = a.tokenSentence[trigger];
  for (let k = trigger - 1, words = 0; k >= 0 && a.tokenSentence[k] === sentence && words < ONSET_LOOK_BACK; k--) {
    const t = a.tokens[k];
    if (t?.kind !== "word") continue;
    if (onsetWords.has(t.lower)) return true;
    words++;
  }
  return false;
}
const ONSET_LOOK_BACK = 8;

const QUESTION_WORDS = new Set(["why", "what", "how", "when", "where", "which", "who", "whose"]);

/** The sentence (or clause) ending at token `end` opens with a question word, not before an "if". */
function opensWithQuestionWord(a: Analysis, end: number): boolean {
  const sentence = a.tokenSentence[end];
  let first = end;
  while (first > 0 && a.tokenSentence[first - 1] === sentence) first--;
  const word = a.tokens.slice(first, end).find((t) => t.kind === "word");
  return word !== undefined && QUESTION_WORDS.has(word.lower) && !a.tokens.slice(first, end).some((t) => t.lower === "if");
}

/** Marks tokens from `from` in direction `step` until the scope ends. */
function walk(
  a: Analysis,
  from: number,
  step: 1 | -1,
  max: number,
  list: boolean,
  otherTriggers: Set<number>,
  mark: (k: number) => void,
  /** Words that end this scope only (a forward scope: the writer's "I" after a relative's statement). */
  stops?: ReadonlySet<string>,
): void {
  const { tokens, tokenPosition, tokenSentence } = a;
  const sentence = tokenSentence[from - step];
  const counted = new Set<number>();
  let crossedComma = false;
  for (let k = from; k >= 0 && k < tokens.length; k += step) {
    const t = tokens[k];
    if (!t) break;
    if (tokenSentence[k] !== sentence) break;
    if (otherTriggers.has(k)) break;
    if (t.kind === "punct") {
      if (t.raw === "/") continue;
      // "fibromyalgia (ruled out)", "fracture - excluded": the bracket or dash right before a post trigger belongs to it.
      if (step === -1 && counted.size === 0 && !crossedComma && (t.raw === "(" || t.raw === "-" || t.raw === "–")) {
        crossedComma = true;
        continue;
      }
      if (t.raw === "," || t.raw === ":") {
        // "history of low back pain, resolved": the comma right before a post trigger belongs to it.
        if (list || (step === -1 && counted.size === 0 && !crossedComma)) {
          crossedComma = true;
          continue;
        }
      }
      if (t.raw === "." && tokenSentence[k] === sentence) continue;
      break;
    }
    if (TERMINATORS.has(t.lower) || stops?.has(t.lower)) break;
    if (CONTINUE_WORDS.has(t.lower)) {
      mark(k);
      continue;
    }
    const p = tokenPosition[k] ?? -1;
    if (p >= 0 && !counted.has(p)) {
      if (counted.size >= max) break;
      counted.add(p);
    }
    mark(k);
  }
}
