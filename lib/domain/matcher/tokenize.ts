/**
 * Splits a complaint into tokens that keep their character offsets, so every match can be shown to the
 * clinician as the exact words they typed.
 */

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** The text as typed. */
  raw: string;
  /** Lower case, diacritics removed, "'s" dropped. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** True when a line break precedes this token. */
  breakBefore: boolean;
}

// Order matters: clinical slash shorthand (c/o, h/o, r/o, b/l, y/o) before ordinary words.
const TOKEN_RE = /\p{L}\/\p{L}(?![\p{L}\p{N}])|\p{N}+(?:\.\p{N}+)?\p{L}*|\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)?|[.;:,!?()[\]\/\-–—><+=&]/gu;

/** Prefixes that form one word with what follows the hyphen: "non-specific" is not a negation. */
const JOINED_PREFIXES = new Set(["non", "un", "anti", "x", "self", "pre", "co", "re", "sub", "multi"]);

function lowerOf(raw: string): string {
  return (
    raw
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’]s$/, "")
      // "I'll", "we'd", "they're": the pronoun, not "ill", "wed", "theyre".
      .replace(/['’](?:ll|re|ve|d|m)$/, "")
      .replace(/['’-]/g, "")
  );
}

function kindOf(raw: string): TokenKind {
  if (/^\p{N}/u.test(raw)) return "number";
  if (/^\p{L}/u.test(raw)) return "word";
  return "punct";
}

interface RawMatch {
  raw: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const found: RawMatch[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    found.push({ raw: m[0], start, end: start + m[0].length });
  }
  const out: Token[] = [];
  let lastEnd = 0;
  let pendingBreak = false;
  for (let i = 0; i < found.length; i++) {
    const cur = found[i];
    if (!cur) continue;
    if (text.slice(lastEnd, cur.start).includes("\n")) pendingBreak = true;
    lastEnd = cur.end;
    const prev = out[out.length - 1];
    const next = found[i + 1];
    const glued = (a: { end: number } | undefined, b: { start: number } | undefined) => !!a && !!b && a.end === b.start;
    if (cur.raw === "-" && glued(prev, cur) && glued(cur, next) && prev?.kind !== "punct" && next && kindOf(next.raw) !== "punct") {
      // A hyphen inside a word ("tension-type") is neither a pause nor punctuation.
      if (prev && JOINED_PREFIXES.has(prev.lower)) {
        prev.raw = text.slice(prev.start, next.end);
        prev.end = next.end;
        prev.lower = lowerOf(prev.raw);
        prev.kind = "word";
        lastEnd = next.end;
        i++;
      }
      continue;
    }
    out.push({ raw: cur.raw, lower: lowerOf(cur.raw), start: cur.start, end: cur.end, kind: kindOf(cur.raw), breakBefore: pendingBreak });
    pendingBreak = false;
  }
  return out;
}
