import { findMentions, normalise, type ScannedText, type TextField } from "./text-scan";

/**
 * What the intake says about age and pregnancy, from the structured fields first and the text second.
 * The evidence base is adult evidence (every study population is adults), so a child is told so instead
 * of being given an adult dose; a pregnancy's trimester selects the pregnancy rule's instructions.
 */

export interface AgeSignal {
  years: number;
  /** "date of birth", "age field", 'complaint: "17-year-old"'. */
  from: string;
}

export interface ChildSignal {
  /** Why the patient counts as a child: the age, or the words. */
  why: string;
  field: TextField | null;
  words: string | null;
}

export const ADULT_AGE = 18;

// "17-year-old", "17 yo", "17 y/o", "17yrs", "aged 17", "age 17", "17M", "16 F", "18-month-old".
const AGE_PATTERNS: { re: RegExp; unitYears: number }[] = [
  { re: /\b(\d{1,3})\s*-?\s*(?:years?|yrs?|y)\s*-?\s*old\b/g, unitYears: 1 },
  { re: /\b(\d{1,3})\s*(?:yo|y\/o|y\.o\.?|yoa)(?![\p{L}])/gu, unitYears: 1 },
  { re: /\baged?\s*:?\s*(\d{1,3})\b/g, unitYears: 1 },
  // "62F" / "15 M" only where a referral starts ("x3m" is a duration); "15 year boy" style words anywhere.
  { re: /^\s*(?:(?:a|an|pt|patient)\s+)?(\d{1,3})\s?(?:m|f)\b/g, unitYears: 1 },
  { re: /\b(\d{1,3})\s*(?:male|female|boy|girl|man|woman)\b/g, unitYears: 1 },
  { re: /\b(\d{1,2})\s*-?\s*(?:months?|mos?)\s*-?\s*old\b/g, unitYears: 1 / 12 },
  { re: /\b(\d{1,2})\s*-?\s*(?:weeks?|wks?)\s*-?\s*old\b/g, unitYears: 1 / 52 },
];

/** An age written in the text ("17-year-old", "62F"); the first one, which is the patient's in a referral. */
export function ageFromText(scanned: ScannedText): AgeSignal | null {
  const norm = normalise(scanned.text);
  let best: { index: number; years: number; words: string } | null = null;
  for (const { re, unitYears } of AGE_PATTERNS) {
    for (const m of norm.matchAll(re)) {
      const years = Number(m[1]) * unitYears;
      if (!Number.isFinite(years) || years > 120) continue;
      if (!best || m.index < best.index) best = { index: m.index, years, words: scanned.text.slice(m.index, m.index + m[0].length) };
    }
  }
  return best ? { years: best.years, from: `${scanned.field}: "${best.words}"` } : null;
}

/** Words that make the patient a child when no age is recorded (a relative's child does not count). */
const CHILD_WORDS = [
  "toddler",
  "infant",
  "newborn",
  "neonate",
  "baby",
  "preschooler",
  "schoolchild",
  "school age child",
  "child",
  "kid",
  "boy",
  "girl",
  "teenager",
  "teen",
  "adolescent",
  "juvenile",
  "(paediatric|pediatric) patient",
  "minor",
  "juvenile (idiopathic|rheumatoid|chronic|oligoarticular|pauciarticular|polyarticular) arthritis",
  "jia",
  "jra",
];

export function childFromWords(texts: readonly ScannedText[]): ChildSignal | null {
  for (const scanned of texts) {
    const mention = findMentions(scanned, CHILD_WORDS).find((m) => m.status === "affirmed");
    if (mention) return { why: `${scanned.field}: "${mention.text}"`, field: scanned.field, words: mention.text };
  }
  return null;
}

export interface PregnancySignal {
  weeks: number | null;
  trimester: 1 | 2 | 3 | null;
  why: string;
}

/** Trimesters as obstetric convention counts them: 1 = up to 13 weeks, 2 = 14-27, 3 = 28 on. */
export function trimesterOf(weeks: number): 1 | 2 | 3 {
  if (weeks < 14) return 1;
  if (weeks < 28) return 2;
  return 3;
}

const PREGNANT_WORDS = [
  "pregnant",
  "pregnancy",
  "gravid",
  "antenatal",
  "prenatal patient",
  "expecting a baby",
  "# weeks gestation",
  "(first|second|third|1st|2nd|3rd) trimester",
];
const WEEKS_PATTERNS = [
  /\b(\d{1,2})\s*(?:weeks?|wks?|w)\s*(?:pregnant|gestation|gestational|pg|of pregnancy)\b/,
  /\b(\d{1,2})\s*\/\s*40\b/,
  /\bpregnant\s*(?:at|,|-)?\s*(\d{1,2})\s*(?:weeks?|wks?|w)\b/,
];
const TRIMESTER_WORDS: [RegExp, 1 | 2 | 3][] = [
  [/\b(?:first|1st)\s+trimester\b/, 1],
  [/\b(?:second|2nd)\s+trimester\b/, 2],
  [/\b(?:third|3rd)\s+trimester\b/, 3],
];

const AFTER_BIRTH = [
  "(postpartum|post partum|postnatal|post natal)",
  "after (pregnancy|delivery|giving birth|childbirth)",
  "gave birth",
  "delivered (#|a|her|last)",
];

export function pregnancyFromText(texts: readonly ScannedText[]): PregnancySignal | null {
  if (texts.some((t) => findMentions(t, AFTER_BIRTH).some((m) => m.status === "affirmed"))) return null;
  for (const scanned of texts) {
    const mention = findMentions(scanned, PREGNANT_WORDS).find((m) => m.status === "affirmed");
    if (!mention) continue;
    const norm = normalise(scanned.text);
    let weeks: number | null = null;
    for (const re of WEEKS_PATTERNS) {
      const m = re.exec(norm);
      const n = m ? Number(m[1]) : NaN;
      if (n >= 1 && n <= 42) {
        weeks = n;
        break;
      }
    }
    let trimester: 1 | 2 | 3 | null = weeks === null ? null : trimesterOf(weeks);
    for (const [re, t] of TRIMESTER_WORDS) if (trimester === null && re.test(norm)) trimester = t;
    const detail = [weeks === null ? null : `${weeks} weeks`, trimester === null ? null : `trimester ${trimester}`]
      .filter(Boolean)
      .join(", ");
    return { weeks, trimester, why: `${scanned.field}: "${mention.text}"${detail ? ` (${detail})` : ""}` };
  }
  return null;
}
