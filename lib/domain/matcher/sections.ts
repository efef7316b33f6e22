import type { Analysis } from "./analyze";
import { buildWordTrie, longestWordMatch, type WordTrie } from "./word-trie";

/**
 * Note sections and the chief complaint. A long note names many conditions; the one it is about is the
 * reason for the visit ("CC:", "presents with", the first sentence), not what appears in the past
 * history, the medication list or the review of systems (the section model of clinical notes, e.g.
 * Denny JC et al. 2009, J Am Med Inform Assoc 16(6):806-815, SecTag). Section headers are words at the
 * start of the text or of a line or sentence, followed by a colon.
 */

export type SectionKind = "complaint" | "background" | "family" | "other";

const HEADERS: Record<SectionKind, string[]> = {
  complaint: [
    "chief complaint",
    "cc",
    "presenting complaint",
    "presenting problem",
    "reason for visit",
    "reason for referral",
    "reason for consultation",
    "reason for consult",
    "history of present illness",
    "history of presenting complaint",
    "hpi",
    "present illness",
    "subjective",
    "complaint",
    "complaints",
    "assessment",
    "impression",
    "diagnosis",
    "diagnoses",
    "assessment and plan",
    "problem",
    "indication",
    "referral for",
  ],
  background: [
    "past medical history",
    "pmh",
    "pmhx",
    "medical history",
    "past history",
    "hx",
    "history",
    "past surgical history",
    "psh",
    "surgical history",
    "past medical and surgical history",
    "medications",
    "meds",
    "current medications",
    "medication",
    "home medications",
    "allergies",
    "review of systems",
    "ros",
    "social history",
    "sh",
    "immunizations",
    "habits",
  ],
  family: ["family history", "fh", "fhx", "family hx"],
  other: [
    "physical examination",
    "physical exam",
    "exam",
    "examination",
    "plan",
    "vital signs",
    "vitals",
    "labs",
    "laboratory",
    "imaging",
    "objective",
    "findings",
    "recommendations",
    "disposition",
    "procedure",
    "results",
  ],
};

/** Said in a sentence, these make the rest of it the reason for the visit. */
const COMPLAINT_CUES = [
  "presents with",
  "presenting with",
  "presented with",
  "presents for",
  "complains of",
  "complaining of",
  "complained of",
  "c/o",
  "here for",
  "seen for",
  "referred for",
  "referred with",
  "comes in with",
  "came in with",
  "comes in for",
  "because of",
  "suffers from",
  "suffering from",
  "chief complaint",
  "main complaint",
  "main problem",
];

/** Said after the reason for the visit, these end it for the rest of the sentence: what follows is secondary
 * ("a chief complaint of low back pain with secondary complaints of neck pain"). */
const SECONDARY_CUES = [
  "secondary complaint",
  "secondary complaints",
  "secondary complaint of",
  "secondary complaints of",
  "secondary symptoms",
  "also complains of",
  "also complaining of",
  "also reports",
  "incidentally",
];

let secondaryTrie: WordTrie<true> | null = null;
let headerTrie: WordTrie<SectionKind> | null = null;
let cueTrie: WordTrie<true> | null = null;
const words = (p: string) => p.split(/\s+/).filter(Boolean);

export interface SectionResult {
  kind: (SectionKind | null)[];
  /** Per token: part of the stated reason for the visit. */
  chief: boolean[];
  /** True when some tokens are the chief complaint and some are not (only then does it weigh). */
  distinguishes: boolean;
}

export function findSections(a: Analysis): SectionResult {
  headerTrie ??= buildWordTrie(
    (Object.keys(HEADERS) as SectionKind[]).flatMap((kind) => HEADERS[kind].map((h) => ({ words: words(h), value: kind }))),
  );
  cueTrie ??= buildWordTrie(COMPLAINT_CUES.map((c) => ({ words: words(c), value: true as const })));
  secondaryTrie ??= buildWordTrie(SECONDARY_CUES.map((c) => ({ words: words(c), value: true as const })));
  const { tokens, tokenSentence } = a;
  const lower = tokens.map((t) => (t.kind === "punct" ? null : t.lower));
  const kind: (SectionKind | null)[] = tokens.map(() => null);
  const chief = tokens.map(() => false);
  let current: SectionKind | null = null;
  let cueSentence = -1;
  let secondaryFrom = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const atStart =
      i === 0 ||
      !!t?.breakBefore ||
      (prev?.kind === "punct" && (prev.raw === "." || prev.raw === ";")) ||
      tokenSentence[i] !== tokenSentence[i - 1];
    if (atStart) {
      const hit = longestWordMatch(headerTrie, lower, i);
      if (hit && tokens[i + hit.length]?.raw === ":") {
        current = hit.value;
        for (let k = i; k <= i + hit.length; k++) kind[k] = current;
        i += hit.length;
        continue;
      }
    }
    kind[i] = current;
    const cue = longestWordMatch(cueTrie, lower, i);
    if (cue) cueSentence = tokenSentence[i] ?? -1;
    if (longestWordMatch(secondaryTrie, lower, i)) secondaryFrom = i;
    const secondary = secondaryFrom >= 0 && tokenSentence[secondaryFrom] === tokenSentence[i];
    if (secondary) continue;
    if (current === "complaint" || (current === null && (tokenSentence[i] === 0 || tokenSentence[i] === cueSentence))) chief[i] = true;
  }
  const distinguishes = chief.some(Boolean) && chief.some((c, k) => !c && tokens[k]?.kind === "word");
  return { kind, chief, distinguishes };
}
