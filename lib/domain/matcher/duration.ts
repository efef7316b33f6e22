import { unicodeMatchAll } from "./unicode-regex";
import type { DurationCategory, DurationFact } from "./types";

/**
 * How long the complaint has lasted, read from clinical shorthand ("x2y", "x 6 mo", "since March",
 * "for 3 months", "longstanding"). Categories follow the low back pain guideline convention used by the
 * evidence (acute < 6 weeks, subacute 6-12 weeks, chronic >= 12 weeks).
 */

const WEEKS_PER: Record<string, number> = { hour: 1 / 168, day: 1 / 7, week: 1, month: 4.345, year: 52.18, decade: 521.8 };
const UNIT = String.raw`(hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|mths?|mnths?|m|years?|yrs?|y|decades?)`;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  few: 3,
  several: 3,
  couple: 2,
  "couple of": 2,
  many: 5,
};
const NUM = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple(?: of)?|many)`;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// Not a duration: age ("70 y/o", "62 year old", "17-year-old"), frequency ("18 days/month", "3 days a week").
// A hyphen may join the number and its unit ("a 5-day history of low back pain").
const NOT_AFTER = String.raw`(?![\p{L}\p{N}])(?!\s*(?:\/\s*o\b|o\b|old\b|-\s*olds?\b|-?\s*year-old|\/\s*(?:day|week|month|year|wk|mo|d|w|m|y)\b|(?:per|a|each|every)\s+(?:day|week|month|year)\b))`;
const SHORTHAND = new RegExp(String.raw`(?<![\p{L}])x\s?(\d+(?:\.\d+)?)\s?${UNIT}${NOT_AFTER}`, "giu");
const SPOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:for|over|past|last|about|almost|nearly|approx\.?|approximately|~|>)\s+)?(?:the\s+)?(?:(?:past|last)\s+)?${NUM}\s*\+?\s*-?\s*(?:more\s+)?${UNIT}${NOT_AFTER}`,
  "giu",
);
const LAST_UNIT = new RegExp(String.raw`(?<![\p{L}])(?:for|over|in)\s+the\s+(?:past|last)\s+(week|month|year|decade)\b`, "giu");
const PLURAL_ONLY = /(?<![\p{L}])(?:for|over|since)\s+(?:many\s+|several\s+)?(years|decades|months)\b/giu;
const SINCE_DATE =
  /(?<![\p{L}])(?:since|from|began|started|onset|dx|dx'd|diagnosed(?:\s+in)?)\s+(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?((?:19|20)\d\d)?\b/giu;
const TODAY = /(?<![\p{L}])(yesterday|today|this morning|last night|this afternoon|this evening|tonight|hours ago|just now)\b/giu;
/** An onset dated by a recent day or this week, in patients' words ("last Thursday", "since Monday", "all
 * week", "the other day"): acute, like "yesterday". Read only when no longer duration is stated. */
const THIS_WEEK =
  /(?<![\p{L}])((?:last|since|this past)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:all|this|last|this past)\s+week(?:end)?|over the weekend|the other day)\b/giu;
const WORDS: [RegExp, DurationCategory][] = [
  [/(?<![\p{L}])(long[\s-]?standing|lifelong|for years|many years|for decades|since childhood|chronic)\b/giu, "chronic"],
  [/(?<![\p{L}])(sub[\s-]?acute)\b/giu, "subacute"],
  [/(?<![\p{L}])(acute|new onset|recent onset)\b/giu, "acute"],
];

/** Every regex findDuration scans a complaint with (for the scanner's equivalence test). */
export const DURATION_SCANS: readonly RegExp[] = [
  SHORTHAND,
  SPOKEN,
  LAST_UNIT,
  PLURAL_ONLY,
  SINCE_DATE,
  TODAY,
  THIS_WEEK,
  ...WORDS.map(([re]) => re),
];

export function categoryOf(weeks: number): DurationCategory {
  if (weeks < 6) return "acute";
  if (weeks < 12) return "subacute";
  return "chronic";
}

function unitWeeks(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith("h")) return WEEKS_PER.hour ?? 0;
  if (u.startsWith("d") && u.startsWith("dec")) return WEEKS_PER.decade ?? 0;
  if (u.startsWith("d")) return WEEKS_PER.day ?? 0;
  if (u.startsWith("w")) return WEEKS_PER.week ?? 0;
  if (u.startsWith("m")) return WEEKS_PER.month ?? 0;
  return WEEKS_PER.year ?? 0;
}

function numberOf(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[word.toLowerCase()] ?? NaN);
}

interface Reading {
  weeks: number | null;
  category: DurationCategory;
  start: number;
  end: number;
  text: string;
  why: string;
}

function weeksSince(month: number | null, year: number | null, now: Date): number | null {
  const nowYear = now.getUTCFullYear();
  if (year !== null && (year < 1900 || year > nowYear)) return null;
  let y = year ?? nowYear;
  const m = month ?? 0;
  if (year === null && month !== null && month > now.getUTCMonth()) y = nowYear - 1;
  const since = Date.UTC(y, m, 1);
  const diff = now.getTime() - since;
  return diff < 0 ? null : diff / (7 * 24 * 3600 * 1000);
}

/** The longest stated duration wins: a chronic complaint's "flare for 2 days" does not make it acute. */
export function findDuration(text: string, now: Date, masked: (charIndex: number) => boolean = () => false): DurationFact | null {
  const readings: Reading[] = [];
  const push = (m: RegExpMatchArray, weeks: number | null, category: DurationCategory, why: string) => {
    const start = m.index ?? 0;
    // A duration inside a denied mention ("denies chronic pain") says nothing about this complaint.
    if (masked(start) || masked(start + m[0].length - 1)) return;
    readings.push({ weeks, category, start, end: start + m[0].length, text: m[0], why });
  };
  for (const m of unicodeMatchAll(SHORTHAND, text)) {
    const w = Number(m[1]) * unitWeeks(m[2] ?? "y");
    if (Number.isFinite(w)) push(m, w, categoryOf(w), "duration in shorthand");
  }
  for (const m of unicodeMatchAll(SPOKEN, text)) {
    const unit = m[2] ?? "";
    // Bare hours or a bare "m" are too ambiguous ("20 min" of stiffness, "5 m" walked) unless said with "ago".
    if (/^(h|hrs?|hours?|m)$/i.test(unit) && !/\bago\b/i.test(text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length + 6))) continue;
    // "once a day" is a frequency: a spelled-out number counts only after "for", "past", "over"...
    // ("two days ago", "a couple of days later" are durations).
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8);
    if (
      !/^\d/.test(m[1] ?? "") &&
      m[0]
        .trim()
        .toLowerCase()
        .startsWith((m[1] ?? "").toLowerCase()) &&
      !/^\s+(?:ago|later)\b/i.test(after)
    )
      continue;
    const w = numberOf(m[1] ?? "") * unitWeeks(unit);
    if (Number.isFinite(w)) push(m, w, categoryOf(w), "stated duration");
  }
  for (const m of unicodeMatchAll(LAST_UNIT, text)) {
    const w = unitWeeks(m[1] ?? "year");
    push(m, w, categoryOf(w), "stated duration");
  }
  for (const m of unicodeMatchAll(PLURAL_ONLY, text)) push(m, null, "chronic", "stated duration");
  for (const m of unicodeMatchAll(SINCE_DATE, text)) {
    const monthWord = m[1]?.slice(0, 3).toLowerCase();
    const month = monthWord ? MONTHS.indexOf(monthWord) : -1;
    const year = m[2] ? Number(m[2]) : null;
    if (month < 0 && year === null) continue;
    const w = weeksSince(month < 0 ? null : month, year, now);
    if (w !== null) push(m, w, categoryOf(w), "date of onset or diagnosis");
  }
  const numeric = readings.filter((r) => r.weeks !== null);
  const best = numeric.sort((x, y) => (y.weeks ?? 0) - (x.weeks ?? 0) || x.start - y.start)[0];
  const pick = (r: Reading): DurationFact => ({
    category: r.category,
    weeks: r.weeks === null ? null : Math.round(r.weeks * 10) / 10,
    span: { start: r.start, end: r.end, text: r.text, why: `${r.why}: ${r.category}` },
  });
  if (best) return pick(best);
  // "for years", "since childhood" are longer than any "yesterday": the longest stated duration wins.
  const plural = readings[0];
  if (plural) return pick(plural);
  const word = statedWord(text, masked);
  if (word?.category === "chronic") return pick(word);
  // A recent day says acute only when nothing longer is stated.
  const recent: [RegExp, number, string][] = [
    [TODAY, 0, "onset today or yesterday"],
    [THIS_WEEK, 1, "onset on a recent day or this week"],
  ];
  for (const [re, weeks, why] of recent) {
    const m = unicodeMatchAll(re, text).find((r) => !masked(r.index ?? 0));
    if (m) return pick({ weeks, category: "acute", start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], why });
  }
  return word ? pick(word) : null;
}

/** The first duration word ("longstanding", "chronic", "acute"…) that no denial masks. */
function statedWord(text: string, masked: (charIndex: number) => boolean): Reading | null {
  let word: Reading | null = null;
  for (const [re, category] of WORDS) {
    for (const m of unicodeMatchAll(re, text)) {
      const start = m.index ?? 0;
      if (masked(start)) continue;
      if (!word || start < word.start) word = { weeks: null, category, start, end: start + m[0].length, text: m[0], why: "stated" };
      break;
    }
  }
  return word;
}
