import { analyze, type Analysis, type Position } from "./analyze";
import { normalWord } from "./lexicon";

/**
 * Pain in the days after an operation, in a patient's own words: an operation that has happened (named
 * by what was done, "my gallbladder removal", or as "surgery"), and pain, soreness or discomfort in the
 * same or the next sentence, or later with the time since the operation said ("the first 3-4 days
 * afterward", "day 2 post-op"). Acute postoperative pain is pain after surgery that is expected to
 * settle as tissues heal (IASP definition; ICD-10-CM G89.18 "acute postprocedural pain"). The pattern
 * adds the concept's words ("postoperative pain") to the pain word, so whichever condition's phrases name
 * postoperative pain is matched — no slug is written here — and the duration read from the text still
 * says whether the evidence (the first days) fits.
 */

const CONCEPT = "postoperative pain";
const SURGERY = normalWord("surgery");
const PAIN = new Set(["pain", "sore", "discomfort", "stiff", "tender", "throb", "throbbing"].map(normalWord));
/** The operation has happened: said after it, or how long ago. */
const DONE =
  /\b(?:after|since|following|post|from)\s+(?:(?:my|her|his|the|a|an|their|this|that)\s+)?(?:\w+\s+){0,2}(?:surgery|operation|op|procedure|replacement|removal|repair|fusion|\w*ectomy|\w*plasty|\w*otomy|\w*scopy)\b|\b(?:had|having had|underwent|have had|i've had|ive had|got|was done|were done|did|performed|came out of|woke up from|recovering from|recovery from|recovery|home from)\b|\b(?:was|were) (?:on|last|yesterday|this (?:morning|week))\b|\b(?:was|were|got|been)\s+(?:removed|taken out|replaced|repaired|operated)\b|\bpost[\s-]?op\w*|\bago\b|\bafterwards?\b|\bday\s+(?:\d+|one|two|three|four|five|six|seven|ten)\b/i;
/** The operation is still to come or only considered: "my surgery date", "I refuse to have surgery". */
const NOT_YET =
  /\b(?:before|pre|prior to|awaiting|waiting for|wait for|scheduled|upcoming|need|needs|needed|refuse|refused|avoid|avoiding|considering|consider|planned|plan|date|going to have|will have|want|wanted|recommended|suggested|offered|candidate for|without)\b[^.;!?]{0,30}$/i;
/** Said right after the operation: it is ahead ("my surgery is on Friday", "the operation will be in May"). */
const STILL_AHEAD =
  /^\s*(?:(?:is|'s|will be)\s+(?:on|next|in|tomorrow|scheduled|planned|booked|coming up)|(?:is|'s|was|has been|got)?\s*(?:scheduled|planned|booked|on hold|postponed|delayed|cancell?ed)|next|tomorrow)\b/i;
/** Said with a later pain: the time since the operation ("the first days afterward", "day 3", "post-op",
 * "3 weeks out", a diary's "Recovery – 3 weeks"). */
const SINCE =
  /\bafterwards?\b|\bpost[\s-]?op\w*|\b(?:day|week)s?\s+(?:\d+|one|two|three|four|five|six|seven|ten)\b|\b(?:days?|weeks?)\s+(?:after|post|since|out from)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|ten)\s+(?:days?|weeks?)\s+out\b|\brecovery\W+(?:\d+|one|two|three|four|five|six|seven|eight|ten)\s+(?:days?|weeks?)\b/i;
/** When the operation's own sentence dates the passage ("Day 1 after a hysterectomy", "recovery weeks 2-6"),
 * a diary: its pain words count for this many sentences after, without each saying when. */
const DATED_SENTENCES = 6;

/** Clauses after the operation's that may name its pain without saying when ("..., but from a sharp pain"). */
const NEAR_CLAUSES = 2;

let conceptTerms: string[] | null = null;
const conceptWords = () => (conceptTerms ??= analyze(CONCEPT, { implies: false }).positions.flatMap((p) => p.terms.map((t) => t.term)));
/** "postoperative": a word that only the concept (or the text saying it) puts on a position. */
const concept = () => conceptWords()[0] ?? "postoperative";
const has = (p: Position, terms: ReadonlySet<string> | string) =>
  p.terms.some((t) => (typeof terms === "string" ? t.term === terms : terms.has(t.term)));

function sentenceText(a: Analysis, sentence: number): string {
  let start = -1;
  let end = -1;
  a.tokens.forEach((t, k) => {
    if (a.tokenSentence[k] !== sentence) return;
    if (start < 0) start = t.start;
    end = t.end;
  });
  return start < 0 ? "" : a.text.slice(start, end);
}

/** An operation still to come or only considered, judged from the words of its own sentence before it. */
function stillToCome(a: Analysis, p: Position): boolean {
  const before = a.text.slice(Math.max(0, p.start - 60), p.start);
  const lineStart = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("!"), before.lastIndexOf("?"));
  return NOT_YET.test(before.slice(lineStart + 1)) || STILL_AHEAD.test(a.text.slice(p.end, p.end + 40));
}

/**
 * The positions of operations still to come ("the pain is why I am waiting for knee surgery"): a
 * condition's phrase may not use them, so "pain ... surgery" in one sentence is not pain after surgery
 * when the surgery has not happened. (Knee pain before a knee replacement is still knee pain: only the
 * operation's own word is withheld.)
 */
export function plannedOperations(a: Analysis): Set<number> {
  return new Set(a.positions.filter((p) => has(p, SURGERY) && stillToCome(a, p)).map((p) => p.index));
}

/** Adds the concept word to the pain words of a past operation; mutates `a`. */
export function inferPostoperativePain(a: Analysis, affirmed: (position: number) => boolean = () => true): void {
  const surgeries = a.positions.filter((p) => affirmed(p.index) && has(p, SURGERY) && !has(p, concept()));
  const done = surgeries.filter((p) => !stillToCome(a, p) && DONE.test(sentenceText(a, p.sentence)));
  const first = done[0];
  if (!first) return;
  const reach = SINCE.test(sentenceText(a, first.sentence)) ? DATED_SENTENCES : NEAR_CLAUSES;
  for (const p of a.positions) {
    if (p.sentence < first.sentence || !affirmed(p.index) || !has(p, PAIN) || has(p, concept())) continue;
    if (p.sentence - first.sentence > reach && !SINCE.test(sentenceText(a, p.sentence))) continue;
    for (const term of conceptWords()) {
      const prev = p.terms.find((t) => t.term === term);
      if (prev && prev.factor >= 1) continue;
      if (prev) p.terms.splice(p.terms.indexOf(prev), 1);
      p.terms.push({ term, factor: 1, note: NOTE });
    }
  }
}

const NOTE = "pain after an operation that has happened: postoperative pain (IASP; ICD-10-CM G89.18)";
