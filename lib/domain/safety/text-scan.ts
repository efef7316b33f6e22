/**
 * Finding safety phrases in free text (complaint, medications, notes) with their context, in the spirit
 * of NegEx/ConText (Chapman 2001; Harkema 2009): a phrase preceded by a negation cue ("no", "denies",
 * "negative for") or followed by one ("ruled out", "excluded") is negated; "history of", "previous",
 * "residual", "… years ago", "healed" make it historical; "mother had …" makes it a relative's. A cue's
 * scope ends at a sentence or clause boundary (. ; : ! ? new line), at "but/however/except", or after a
 * few words. "rule out DVT" / "?DVT" / "possible DVT" are NOT negations: a suspected finding counts.
 *
 * Patterns are data: "(a|b)" gives alternatives, "#" matches any number, a trailing "*" a word prefix
 * ("anticoagula*" = anticoagulant, anticoagulated…). Words match ignoring case, accents and a plural -s.
 */
import { expandPattern } from "@/lib/domain/matcher/phrase-set";

export type TextField = "complaint" | "medications" | "notes";

export interface Token {
  /** Normalised: lower case, no accents. */
  word: string;
  start: number;
  end: number;
  /** Index of the clause the token is in (clauses split at . ; : ! ? and new lines). */
  clause: number;
}

export type MentionStatus = "affirmed" | "negated" | "historical" | "family";

export interface Mention {
  field: TextField;
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  status: MentionStatus;
  /** The pattern that matched, expanded. */
  pattern: string;
}

const CLAUSE_BREAK = /[.;:!?\n\r]/;

/** Lower case without accents, keeping every character's offset (a rare character that would change the length is only lower-cased). */
export function normalise(text: string): string {
  const folded = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  if (folded.length === text.length) return folded;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/** Words and numbers with offsets; "17-year-old" gives 17, year, old; "50,000" and "2.5" stay one number. */
export function tokenize(text: string): Token[] {
  const norm = normalise(text);
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  const re = /\d+(?:[.,]\d+)*|[\p{L}]+/gu;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    if (CLAUSE_BREAK.test(norm.slice(last, m.index).replace(/\d\.\d/g, ""))) clause += 1;
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length, clause });
    last = m.index + m[0].length;
  }
  return tokens;
}

function phraseWords(phrase: string): string[] {
  return normalise(phrase)
    .split(/[^\p{L}\d#*]+/u)
    .filter((w) => w.length > 0);
}

function wordMatches(token: string, want: string): boolean {
  if (want === "#") return /^\d/.test(token);
  if (want.endsWith("*")) return token.startsWith(want.slice(0, -1));
  return token === want || token === `${want}s` || token === `${want}es` || (want.endsWith("s") && token === want.slice(0, -1));
}

/** Matches of one phrase's words at token i, contiguous; a one-word phrase may also span "anti-coagulant". */
function matchAt(tokens: Token[], i: number, words: string[]): number {
  let k = i;
  for (const want of words) {
    const t = tokens[k];
    if (!t) return -1;
    if (wordMatches(t.word, want)) {
      k += 1;
      continue;
    }
    const next = tokens[k + 1];
    if (next && next.clause === t.clause && next.start - t.end === 1 && wordMatches(t.word + next.word, want)) {
      k += 2;
      continue;
    }
    return -1;
  }
  return k;
}

// Context cues (normalised words). Pre-cues look back up to SCOPE words in the same clause.
const SCOPE = 5;
const NEGATION_PRE = [
  "no",
  "not",
  "denies",
  "denied",
  "deny",
  "denying",
  "without",
  "nil",
  "never",
  "none",
  "negative for",
  "free of",
  "absence of",
  "no evidence of",
  "no signs of",
  "no sign of",
  "ruled out for",
  "resolved",
  "off",
  "no longer",
  "no longer on",
  "not on",
  "stopped",
  "discontinued",
  "came off",
];
const NEGATION_POST = [
  "ruled out",
  "excluded",
  "negative",
  "resolved",
  "unlikely",
  "absent",
  "not present",
  "not found",
  "denied",
  "prophylaxis",
  "prevention",
  "stopped",
  "discontinued",
  "held",
];
// Not "old" or "past": "70-year-old with DVT" and "DVT in the past week" are current.
const HISTORY_PRE = [
  "history of",
  "hx of",
  "hx",
  "h/o",
  "previous",
  "previously",
  "prior",
  "past history of",
  "former",
  "remote",
  "residual",
  "healed",
];
const HISTORY_POST = [
  "# years ago",
  "# yrs ago",
  "# year ago",
  "years ago",
  "in remission",
  "healed",
  "resolved",
  "in the past",
  "many years",
  "decades ago",
];
const FAMILY_PRE = [
  "family history of",
  "family history",
  "fhx",
  "fh",
  "mother",
  "father",
  "mom",
  "dad",
  "sister",
  "brother",
  "grandmother",
  "grandfather",
  "aunt",
  "uncle",
  "son",
  "daughter",
  "husband",
  "wife",
  "partner",
];
const RISK_PRE = [
  "risk of",
  "at risk for",
  "prevent",
  "prevention of",
  "to prevent",
  "prophylaxis for",
  "prophylaxis against",
  "screening for",
  "worried about",
  "concern for future",
];
/** Words that end a cue's scope: "no fever but on apixaban". */
const TERMINATORS = new Set([
  "but",
  "however",
  "although",
  "though",
  "except",
  "apart",
  "aside",
  "yet",
  "now",
  "currently",
  "presents",
  "reports",
  "complains",
  "takes",
  "taking",
  "started",
  "on",
]);

const cueWords = (list: string[]) => list.map(phraseWords);
const NEG_PRE = cueWords(NEGATION_PRE);
const NEG_POST = cueWords(NEGATION_POST);
const HIST_PRE = cueWords(HISTORY_PRE);
const HIST_POST = cueWords(HISTORY_POST);
const FAM_PRE = cueWords(FAMILY_PRE);
const RISK = cueWords(RISK_PRE);

/** Does a cue end within SCOPE words before token `first`, with no terminator between? */
function cueBefore(tokens: Token[], first: number, cues: string[][]): boolean {
  const clause = tokens[first]?.clause;
  for (let back = 1; back <= SCOPE + 2; back++) {
    const endAt = first - back; // index of the cue's last word
    const t = tokens[endAt];
    if (!t || t.clause !== clause) return false;
    for (const cue of cues) {
      const startAt = endAt - cue.length + 1;
      if (startAt >= 0 && tokens[startAt]?.clause === clause && matchAt(tokens, startAt, cue) === endAt + 1) {
        // Words between the cue and the phrase, beyond the window, or a terminator end the scope.
        const between = tokens.slice(endAt + 1, first);
        if (between.length <= SCOPE && !between.some((b) => TERMINATORS.has(b.word))) return true;
      }
    }
    if (TERMINATORS.has(t.word)) return false;
  }
  return false;
}

/** Does a cue start within 3 words after token `after` (exclusive end) in the same clause? */
function cueAfter(tokens: Token[], after: number, cues: string[][]): boolean {
  const clause = tokens[after - 1]?.clause;
  for (let gap = 0; gap <= 3; gap++) {
    const at = after + gap;
    const t = tokens[at];
    if (!t || t.clause !== clause) return false;
    if (cues.some((cue) => matchAt(tokens, at, cue) > 0)) return true;
  }
  return false;
}

function statusOf(tokens: Token[], first: number, after: number): MentionStatus {
  if (cueBefore(tokens, first, FAM_PRE)) return "family";
  if (cueBefore(tokens, first, NEG_PRE) || cueAfter(tokens, after, NEG_POST) || cueBefore(tokens, first, RISK)) return "negated";
  if (cueBefore(tokens, first, HIST_PRE) || cueAfter(tokens, after, HIST_POST)) return "historical";
  return "affirmed";
}

export interface ScannedText {
  field: TextField;
  text: string;
  tokens: Token[];
}

export function scanText(field: TextField, text: string): ScannedText {
  return { field, text, tokens: tokenize(text) };
}

interface CompiledPhrase {
  pattern: string;
  words: string[];
}

interface CompiledPatterns {
  /** By first word (exact or plural), for speed; phrases starting with "#" or a prefix are tried everywhere. */
  byFirst: Map<string, CompiledPhrase[]>;
  anywhere: CompiledPhrase[];
}

// Rule data is small and stable (one evidence version at a time), so compiled pattern lists are kept.
const compiled = new Map<string, CompiledPatterns>();
const MAX_COMPILED = 2000;

function compile(patterns: readonly string[]): CompiledPatterns {
  const key = patterns.join("\u0000");
  const hit = compiled.get(key);
  if (hit) return hit;
  const byFirst = new Map<string, CompiledPhrase[]>();
  const anywhere: CompiledPhrase[] = [];
  for (const pattern of patterns.flatMap(expandPattern)) {
    const words = phraseWords(pattern);
    const first = words[0];
    if (!first) continue;
    const phrase = { pattern, words };
    if (first === "#" || first.endsWith("*") || words.length === 1) {
      // One-word phrases may also match two joined tokens ("anti-coagulant"), so they cannot be keyed.
      anywhere.push(phrase);
      continue;
    }
    for (const k of [first, `${first}s`, `${first}es`, first.endsWith("s") ? first.slice(0, -1) : first]) {
      const list = byFirst.get(k) ?? [];
      if (!list.includes(phrase)) list.push(phrase);
      byFirst.set(k, list);
    }
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  const out = { byFirst, anywhere };
  compiled.set(key, out);
  return out;
}

/** Every mention of any of the patterns, with its context status; overlapping matches of one pattern list count once. */
export function findMentions(scanned: ScannedText, patterns: readonly string[]): Mention[] {
  const { byFirst, anywhere } = compile(patterns);
  const out: Mention[] = [];
  const { tokens } = scanned;
  for (let i = 0; i < tokens.length; i++) {
    let best: { end: number; pattern: string } | null = null;
    const word = tokens[i]?.word ?? "";
    for (const phrase of [...(byFirst.get(word) ?? []), ...anywhere]) {
      const end = matchAt(tokens, i, phrase.words);
      if (end > i && (!best || end > best.end)) best = { end, pattern: phrase.pattern };
    }
    if (!best) continue;
    const first = tokens[i];
    const last = tokens[best.end - 1];
    if (!first || !last) continue;
    out.push({
      field: scanned.field,
      start: first.start,
      end: last.end,
      text: scanned.text.slice(first.start, last.end),
      status: statusOf(tokens, i, best.end),
      pattern: best.pattern,
    });
    i = best.end - 1;
  }
  return out;
}
