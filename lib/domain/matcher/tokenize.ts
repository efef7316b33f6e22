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
  /** True when a line break or sentence-ending punctuation precedes this token. */
  breakBefore: boolean;
}

// Order matters: clinical slash shorthand (c/o, h/o, r/o, b/l, y/o) before ordinary words.
const TOKEN_RE = /\p{L}\/\p{L}(?![\p{L}\p{N}])|\p{N}+(?:\.\p{N}+)?\p{L}*|\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)?|[.;:,!?()[\]\/\-–—><+=&]/gu;

/** Prefixes that form one word with what follows the hyphen: "non-specific" is not a negation. */
const JOINED_PREFIXES = new Set(["non", "un", "anti", "x", "self", "pre", "co", "re", "sub", "multi"]);

function lowerOf(raw: string): string {
  return raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/['’]/g, "");
}

function kindOf(raw: string): TokenKind {
  if (/^\p{N}/u.test(raw)) return "number";
  if (/^\p{L}/u.test(raw)) return "word";
  return "punct";
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let lastEnd = 0;
  let pendingBreak = false;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const end = start + raw.length;
    const gap = text.slice(lastEnd, start);
    if (gap.includes("\n")) pendingBreak = true;
    lastEnd = end;
    const prev = out[out.length - 1];
    // A hyphen inside a word ("tension-type") joins nothing and breaks nothing; a spaced dash is a pause.
    if (raw === "-" && gap === "" && text[end] !== undefined && /[\p{L}\p{N}]/u.test(text[end] ?? "")) {
      if (prev && prev.kind === "word" && JOINED_PREFIXES.has(prev.lower)) {
        const next = TOKEN_RE.exec("") ?? null; // reset nothing; joining happens below
        void next;
        prev.raw += "-";
        prev.end = end;
        (prev as Token & { joinNext?: boolean }).joinNext = true;
      }
      continue;
    }
    const joinTarget = prev as (Token & { joinNext?: boolean }) | undefined;
    if (joinTarget?.joinNext && gap === "") {
      joinTarget.raw += raw;
      joinTarget.end = end;
      joinTarget.lower = lowerOf(joinTarget.raw.replace(/-/g, ""));
      joinTarget.kind = "word";
      delete joinTarget.joinNext;
      continue;
    }
    const token: Token = { raw, lower: lowerOf(raw), start, end, kind: kindOf(raw), breakBefore: pendingBreak };
    pendingBreak = false;
    out.push(token);
  }
  for (const t of out) delete (t as Token & { joinNext?: boolean }).joinNext;
  return out;
}
