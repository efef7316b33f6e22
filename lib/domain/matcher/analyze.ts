import { longestLexiconMatch, normalWord } from "./lexicon";
import { STOPWORDS } from "./lexicon-data";
import type { Speller } from "./speller";
import { foldSpelling } from "./stem";
import { tokenize, type Token } from "./tokenize";

/** One canonical word found at a position, with how it was read from the text. */
export interface Term {
  term: string;
  /** 1 for a written or certainly implied word, less for a feature that only suggests it. */
  factor: number;
  /** How the text became this word, for the clinician ("abbreviation "OA" = osteoarthritis"). */
  note: string | null;
}

/** A content position: one written word, or several absorbed by a lexicon form ("degenerative joint disease"). */
export interface Position {
  index: number;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  terms: Term[];
  sentence: number;
  segment: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  positions: Position[];
  /** For each token, the index of its position, or -1 (punctuation, stopword, absorbed word). */
  tokenPosition: number[];
  tokenSentence: number[];
  tokenSegment: number[];
}

export interface AnalyzeOptions {
  speller?: Speller;
  /** Add implied words (text only; phrases keep their exact words). */
  implies: boolean;
}

const SENTENCE_END = new Set([".", ";", "!", "?"]);
const SEGMENT_END = new Set([",", ":", "(", ")", "[", "]", "-", "–", "—", "/", "=", "+"]);
/** Words that open a new clause: a phrase's words are not gathered across them ("ca survivor, now knee pain"). */
const CLAUSE_WORDS = new Set(["but", "however", "although", "though", "whereas", "now", "except", "yet", "nevertheless"]);
/** A period after these is an abbreviation, not the end of a sentence. */
const ABBREVIATION_DOT = new Set([
  "vs",
  "dr",
  "approx",
  "e",
  "g",
  "i",
  "etc",
  "hx",
  "dx",
  "sx",
  "pt",
  "yrs",
  "yr",
  "mo",
  "mos",
  "wk",
  "wks",
  "st",
  "no",
]);

function boundaries(tokens: Token[]): { sentence: number[]; segment: number[] } {
  const sentence: number[] = [];
  const segment: number[] = [];
  let s = 0;
  let g = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.breakBefore || (t.kind === "word" && CLAUSE_WORDS.has(t.lower) && i > 0)) {
      s++;
      g++;
    }
    sentence.push(s);
    segment.push(g);
    if (t.kind !== "punct") continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "bowel/bladder" and "?fibromyalgia" are one thought, not a pause.
    const gluedBoth = prev !== undefined && next !== undefined && prev.end === t.start && next.start === t.end;
    if ((t.raw === "/" && gluedBoth) || (t.raw === "?" && next !== undefined && next.start === t.end && next.kind === "word")) continue;
    const isAbbrevDot =
      t.raw === "." && prev !== undefined && prev.end === t.start && (ABBREVIATION_DOT.has(prev.lower) || prev.lower.length === 1);
    if (SENTENCE_END.has(t.raw) && !isAbbrevDot) {
      s++;
      g++;
    } else if (SEGMENT_END.has(t.raw)) g++;
  }
  return { sentence, segment };
}

function quoted(tokens: Token[], from: number, to: number, text: string): string {
  const a = tokens[from];
  const b = tokens[to];
  return a && b ? text.slice(a.start, b.end) : "";
}

export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const tokens = tokenize(text);
  const { sentence, segment } = boundaries(tokens);
  const stems: string[] = [];
  const spellNotes: (string | null)[] = [];
  for (const t of tokens) {
    if (t.kind === "punct") {
      stems.push("");
      spellNotes.push(null);
      continue;
    }
    if (t.kind === "number") {
      stems.push(t.lower);
      spellNotes.push(null);
      continue;
    }
    const { stemmed, fixed } = readWord(t.lower, options.speller);
    stems.push(stemmed);
    spellNotes.push(fixed === null ? null : `"${t.raw}" read as "${fixed}"`);
  }

  const positions: Position[] = [];
  const tokenPosition: number[] = tokens.map(() => -1);
  const addPosition = (first: number, last: number, terms: Term[]): Position | null => {
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b || terms.length === 0) return null;
    const p: Position = {
      index: positions.length,
      firstToken: first,
      lastToken: last,
      start: a.start,
      end: b.end,
      terms,
      sentence: sentence[first] ?? 0,
      segment: segment[first] ?? 0,
    };
    positions.push(p);
    for (let k = first; k <= last; k++) tokenPosition[k] = p.index;
    return p;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || t.kind === "punct") {
      i++;
      continue;
    }
    // Lexicon forms only run over adjacent words, never across punctuation (whose stem is "").
    const found = longestLexiconMatch(stems, i);
    const hit =
      found && (!found.entry.exactForms || found.entry.exactForms.has(quoted(tokens, i, i + found.length - 1, text).toLowerCase()))
        ? found
        : null;
    if (hit) {
      const last = i + hit.length - 1;
      const raw = quoted(tokens, i, last, text);
      const spell = spellNotes.slice(i, last + 1).find((n) => n !== null) ?? null;
      const { entry } = hit;
      const impliedNote =
        entry.replace.length > 0 ? `"${raw}" implies ${entry.impliesText ?? ""}` : `"${raw}" is ${entry.note} (${entry.impliesText ?? ""})`;
      const implied: Term[] = options.implies ? entry.implies.map((term) => ({ term, factor: entry.factor, note: impliedNote })) : [];
      if (entry.replace.length > 0) {
        const same = raw.toLowerCase() === (entry.replaceText ?? "").toLowerCase();
        const why = same ? spell : `${entry.note} "${raw}" = ${entry.replaceText ?? ""}${spell ? `; ${spell}` : ""}`;
        const own = entry.replace.map((term) => ({ term, factor: 1, note: why }));
        addPosition(i, last, dedupe([...own, ...implied]));
      } else if (implied.length === 0) {
        for (let k = i; k <= last; k++) addPosition(k, k, plainTerms(tokens[k], stems[k] ?? "", spellNotes[k] ?? null));
      } else {
        // One position for the whole form, so the clinician sees "band-like", not "like".
        const own: Term[] = [];
        for (let k = i; k <= last; k++) own.push(...plainTerms(tokens[k], stems[k] ?? "", spellNotes[k] ?? null));
        addPosition(i, last, dedupe([...own, ...implied]));
      }
      i = last + 1;
      continue;
    }
    addPosition(i, i, plainTerms(t, stems[i] ?? "", spellNotes[i] ?? null));
    i++;
  }
  return { text, tokens, positions, tokenPosition, tokenSentence: sentence, tokenSegment: segment };
}

interface WordReading {
  stemmed: string;
  /** The vocabulary word an unknown word was corrected to, or null. */
  fixed: string | null;
}

/**
 * A written word's reading (spelling folded, corrected when unknown, stemmed) depends only on the word
 * and the speller, and a note says its words many times: remembered per speller. A speller belongs to
 * one index, built for one condition set, so a changed condition set reads with a new, empty memo.
 */
const readings = new WeakMap<Speller, Map<string, WordReading>>();
const noSpeller = new Map<string, WordReading>();
const READING_MEMO_LIMIT = 20_000;

function readWord(lower: string, speller: Speller | undefined): WordReading {
  let memo = speller ? readings.get(speller) : noSpeller;
  if (!memo && speller) readings.set(speller, (memo = new Map()));
  const known = memo?.get(lower);
  if (known) return known;
  let word = foldSpelling(lower);
  let fixed: string | null = null;
  if (speller && !speller.isKnown(word) && !speller.isKnown(normalWord(word))) {
    fixed = speller.correct(word);
    if (fixed) word = fixed;
  }
  const reading = { stemmed: normalWord(word), fixed: fixed || null };
  if (memo) {
    if (memo.size >= READING_MEMO_LIMIT) memo.clear();
    memo.set(lower, reading);
  }
  return reading;
}

function plainTerms(token: Token | undefined, stemmed: string, spell: string | null): Term[] {
  if (!token || stemmed === "" || STOPWORDS.has(token.lower) || STOPWORDS.has(stemmed)) return [];
  return [{ term: stemmed, factor: 1, note: spell }];
}

function dedupe(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) {
    const prev = seen.get(t.term);
    if (!prev || prev.factor < t.factor) seen.set(t.term, t);
  }
  return [...seen.values()];
}
