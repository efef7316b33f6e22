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

/** Plain ASCII letters and digits: nothing for `lowerOf` to fold or strip but the case. */
const PLAIN_ASCII = /^[A-Za-z0-9]+$/;

function lowerOf(raw: string): string {
  // Most words of a note are plain ASCII; the Unicode normalisation below costs more than the rest of
  // tokenizing, and leaves such a word unchanged but for its case.
  if (PLAIN_ASCII.test(raw)) return raw.toLowerCase();
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
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return "number";
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return "word";
  if (c < 128) return "punct";
  if (/^\p{N}/u.test(raw)) return "number";
  if (/^\p{L}/u.test(raw)) return "word";
  return "punct";
}

interface RawMatch {
  raw: string;
  start: number;
  end: number;
}

const glued = (a: { end: number } | undefined, b: { start: number } | undefined) => !!a && !!b && a.end === b.start;

export function tokenize(text: string): Token[] {
  const found: RawMatch[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    found.push({ raw: m[0], start, end: start + m[0].length });
  }
  const out: Token[] = [];
  let lastEnd = 0;
  let pendingBreak = false;
  let nextBreak = text.indexOf("\n");
  for (let i = 0; i < found.length; i++) {
    const cur = found[i];
    if (!cur) continue;
    // The first line break at or after the previous token's end, found once per break (not per token).
    if (nextBreak >= 0 && nextBreak < lastEnd) nextBreak = text.indexOf("\n", lastEnd);
    if (nextBreak >= 0 && nextBreak < cur.start) pendingBreak = true;
    lastEnd = cur.end;
    const prev = out[out.length - 1];
    const next = found[i + 1];
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
