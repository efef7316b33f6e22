import { unicodeMatchAll } from "./unicode-regex";
import type { AgeFact, AgeGroup } from "./types";

/**
 * The patient's age as the complaint states it ("17-year-old", "62F", "9 yo", "I am 51", "toddler",
 * "teenager", "juvenile", "pediatric"), or as the intake form gives it. The evidence base is about adults;
 * a child or adolescent must never get a high-confidence adult match, and the suggestion path gates adult
 * doses on this signal. The first age stated wins (a note opens with the patient; relatives come later);
 * a life stage said of the past ("as a child", "since I was a teenager") is not the patient's age now.
 */

export const ADULT_YEARS = 18;

const NUMBER_WORDS: Record<string, number> = {
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const NUM = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})`;
const UNIT_YEARS = String.raw`(?:years?|yrs?|y)`;
const UNIT_YOUNG = String.raw`(months?|mos?|weeks?|wks?|days?)`;

interface AgeReading {
  years: number;
  /** A number was stated ("17-year-old"), not only a life stage ("teenager"). */
  numeric: boolean;
  start: number;
  end: number;
}

/** `stage`: a school year, which like a life stage may be said of the past ("when I was in 7th grade"). */
const NUMERIC: { re: RegExp; years: (m: RegExpMatchArray) => number; stage?: boolean }[] = [
  // "17-year-old", "nine year old", "70 years of age", "17 yo", "17 y/o", "17y.o."
  {
    re: new RegExp(String.raw`\b${NUM}[\s-]*${UNIT_YEARS}[\s-]*(?:old|of age)\b|\b${NUM}\s*-?\s*(?:yo|y\/o|y\.o\.?)(?![\p{L}])`, "giu"),
    years: (m) => numberOf(m[1] ?? m[2] ?? ""),
  },
  // "6-month-old", "3 weeks old": an infant
  {
    re: new RegExp(String.raw`\b${NUM}[\s-]*${UNIT_YOUNG}[\s-]*old\b`, "giu"),
    years: (m) => numberOf(m[1] ?? "") / (/^m/i.test(m[2] ?? "") ? 12 : 52),
  },
  // "aged 17", "age: 17", "at age 53"
  { re: new RegExp(String.raw`\bage(?:d)?\s*:?\s*(?:of\s+)?${NUM}\b`, "giu"), years: (m) => numberOf(m[1] ?? "") },
  // "62F", "17 M" (capitals only: "5 m" is a distance)
  { re: /\b(\d{1,3})\s?([MF])\b/gu, years: (m) => Number(m[1]) },
  // "I am 51", "I'm 17" — not "I am 5 weeks pregnant"
  {
    re: new RegExp(
      String.raw`\bI(?:'m|’m| am)\s+${NUM}\b(?!\s*(?:%|percent|pounds|lbs?|kg|kilos|minutes|hours|days|weeks|months|times|miles|km|cm|inches|feet|weeks? pregnant))`,
      "giu",
    ),
    years: (m) => numberOf(m[1] ?? ""),
  },
  // A parent or carer writing: "my son is 13", "our daughter, 9, has…", "my grandson who is 10"
  {
    re: new RegExp(
      String.raw`\b(?:my|our)\s+(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|stepson|stepdaughter|nephew|niece)\s*(?:,|is|who is|who's)\s*${NUM}\b(?!\s*(?:%|percent|pounds|lbs?|kg|kilos|minutes|hours|days|weeks|months|times|miles|km|cm|inches|feet|years? ago))`,
      "giu",
    ),
    years: (m) => numberOf(m[1] ?? ""),
  },
  // A school year (US grades: first grade is about 6): "my daughter in 3rd grade", "a 7th grader"
  {
    re: /\b(?:in|into|starting|entering|finishing)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+grade\b|\b(\d{1,2})(?:st|nd|rd|th)[\s-]+grader\b/giu,
    years: (m) => Number(m[1] ?? m[2]) + 5,
    stage: true,
  },
];

const WORDS: { re: RegExp; group: AgeGroup; years: number }[] = [
  { re: /\b(?:newborn|neonate|neonatal|infant|infants|infantile)\b/giu, group: "infant", years: 0.5 },
  { re: /\b(?:toddler|toddlers|preschooler|preschool child|schoolchild|school-age child|young child)\b/giu, group: "child", years: 4 },
  {
    re: /\b(?:juvenile|pediatric|paediatric|my child|our child|this child|the child|a child with|child presents|my kid|our kid|kindergarten|kindergartner|little boy|little girl)\b/giu,
    group: "child",
    years: 10,
  },
  {
    re: /\b(?:teen|teens|teenager|teenaged|adolescent|adolescence|high school student|my teenage|middle school|junior high)\b/giu,
    group: "adolescent",
    years: 15,
  },
  // A school stage said of the patient (US and UK school ages): "a high school sophomore", "my middle
  // schooler", "she is in high school"; not a teacher's or a coach's school, nor one of the past.
  {
    re: /\b(?:high|middle)[\s-]schoolers?\b|\bin (?:high|middle|secondary) school\b|\b(?:high|middle) school (?:freshman|freshmen|sophomores?|juniors?|athletes?|players?|gymnasts?|runners?|wrestlers?|footballers?|pupils?)\b/giu,
    group: "adolescent",
    years: 15,
  },
  {
    re: /\b(?:grade|elementary|primary)[\s-]schoolers?\b|\bin (?:grade|elementary|primary) school\b/giu,
    group: "child",
    years: 8,
  },
];
/** Every regex findAge scans a complaint with (for the scanner's equivalence test). */
export const AGE_SCANS: readonly RegExp[] = [...NUMERIC.map((n) => n.re), ...WORDS.map((w) => w.re)];
/** A life stage said of the past is not the patient's age now. */
const PAST_STAGE =
  /(?:\bas an?|\bwhen i was(?: an?| in)?|\bsince i was(?: an?| in)?|\bi was(?: in)?|\bwas an?|\bin my|\bduring my|\bback when|\bsince (?:my|the)|\bformer)\s*$/iu;

function numberOf(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[word.toLowerCase()] ?? NaN);
}

export function groupOf(years: number): AgeGroup {
  if (years < 1) return "infant";
  if (years < 12) return "child";
  if (years < ADULT_YEARS) return "adolescent";
  return "adult";
}

/** The first age the text states, read as an age group; null when it says none. */
export function findAge(text: string, masked: (charIndex: number) => boolean = () => false): AgeFact | null {
  const readings: AgeReading[] = [];
  for (const { re, years, stage } of NUMERIC) {
    for (const m of unicodeMatchAll(re, text)) {
      const start = m.index ?? 0;
      const y = years(m);
      if (!Number.isFinite(y) || y > 120 || masked(start)) continue;
      if (stage && PAST_STAGE.test(text.slice(Math.max(0, start - 20), start))) continue;
      readings.push({ years: y, numeric: true, start, end: start + m[0].length });
    }
  }
  for (const { re, years } of WORDS) {
    for (const m of unicodeMatchAll(re, text)) {
      const start = m.index ?? 0;
      if (masked(start) || PAST_STAGE.test(text.slice(Math.max(0, start - 20), start))) continue;
      readings.push({ years, numeric: false, start, end: start + m[0].length });
    }
  }
  const first = readings.sort((x, y) => x.start - y.start)[0];
  if (!first) return null;
  const said = text.slice(first.start, first.end);
  return {
    years: first.numeric ? Math.round(first.years * 10) / 10 : null,
    group: groupOf(first.years),
    source: "text",
    span: { start: first.start, end: first.end, text: said, why: `age stated in the complaint: ${groupOf(first.years)}` },
  };
}

/** The intake's age wins over the text's: it was entered as a fact. Null years keep the text's reading. */
export function patientAge(text: string, intakeYears: number | null | undefined, masked?: (charIndex: number) => boolean): AgeFact | null {
  if (typeof intakeYears === "number" && Number.isFinite(intakeYears) && intakeYears >= 0) {
    return { years: intakeYears, group: groupOf(intakeYears), source: "intake", span: null };
  }
  return findAge(text, masked);
}
