import type { Certainty, Condition, EvidenceSnapshot, Recommendation, Strength, Study } from "@/lib/schemas/evidence";
import type { IntakeInput } from "@/lib/schemas/intake";
import type { ComplaintFacts, Confidence, MatchCandidate, MatchResult, MatchSpan } from "@/lib/domain/matcher/types";
import { durationFits, EVIDENCE_DURATION_WORDS } from "@/lib/domain/matcher/duration-fit";
import type { Dose } from "@/lib/domain/evidence/dose-format";
import { doseSummaryWarning } from "@/lib/domain/dose/summary-check";
import { formatCitationAma, studyLinks } from "@/lib/domain/evidence/citation";
import { doseBasisOf, suggestedDoseLine, type DoseBasis } from "@/lib/domain/evidence/dose-status";
import { guidanceFor, outcomeRowsFor, type GuidanceView, type OutcomeRowView } from "@/lib/domain/evidence/evidence-profile";
import type { AgeSignal } from "@/lib/domain/safety/patient-signals";
import { gateCardForPatient, intakeAge, ruledOutConditions, screenIntake } from "./patient-gates";
import type { SafetyScreen } from "./safety-screen";
import { patientSafetyNotes, type PatientSafetyNote } from "./patient-safety";

export interface IcdChoice {
  code: string;
  label: string;
  /** Why this code was chosen when the condition has several (e.g. the side in the complaint). */
  note: string | null;
  /** Every code of the condition, for the clinician to change the choice. */
  alternatives: { code: string; label: string }[];
}

export interface CardStudy {
  id: string;
  citation: string;
  design: Study["design"];
  population: string;
  n: number | null;
  interventionDose: string;
  comparator: string | null;
  outcomes: string;
  followUp: string | null;
  /** false: figures come from a secondary source only, not checked against the study's abstract. */
  verified: boolean;
  links: { label: string; href: string }[];
}

export type DoseFieldName = keyof Dose;

export interface SuggestionCard {
  conditionSlug: string;
  conditionName: string;
  icd10: IcdChoice;
  /** "matched": the complaint matched; "manual": the clinician chose the condition. */
  origin: "matched" | "manual";
  matchScore: number | null;
  confidence: Confidence | null;
  /** The words of the complaint that matched, each with why. */
  matched: MatchSpan[];
  recommendationId: string | null;
  /** null fields: not established by the evidence (all null when there is no recommendation). */
  dose: Dose;
  notEstablished: DoseFieldName[];
  doseLine: string;
  doseSummary: string | null;
  modality: string | null;
  adjuncts: string[];
  certainty: Certainty | null;
  strength: Strength | null;
  rationale: string | null;
  conflictingGuidance: string | null;
  studies: CardStudy[];
  /** The recommendation's own precautions, then every applicable safety line. */
  precautions: string[];
  areasToAvoid: string[];
  techniqueChanges: string[];
  /** Findings the screen found in the text that the clinician set aside, with their reason: printed on the sheet. */
  dismissedFindings: { code: string; label: string; reason: string; words: string[] }[];
  durationWarning: string | null;
  /** The matcher's warnings for this condition and any gap in the evidence record. */
  warnings: string[];
  /** The safety screen deferred this patient: the card is shown, but saving needs a written override. */
  blocked: boolean;
  /** Established / studied / not established, the dose's unverified flag and its CPT code (issue 21). */
  doseBasis: DoseBasis | null;
  /** Conflicting or qualifying guidance, shown beside the suggestion. */
  guidance: GuidanceView[];
  /** Evidence-profile rows: outcome, time frame, comparator, size, effect, MID, certainty and why. */
  outcomeRows: OutcomeRowView[];
  /** When the condition's evidence was last reviewed (YYYY-MM-DD), null when not recorded. */
  lastReviewed: string | null;
  /** The safety rules that applied, with each rule's patient text, for the patient copy. */
  patientSafety: PatientSafetyNote[];
}

export interface SuggestionResult {
  cards: SuggestionCard[];
  noMatch: boolean;
  safety: SafetyScreen;
  blocked: boolean;
  warnings: string[];
}

const NO_DOSE: Dose = { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null };
const DOSE_FIELDS: DoseFieldName[] = ["minutesPerSession", "sessionsPerWeek", "weeks", "totalSessions"];

/**
 * A matched condition that implies a safety rule even when its box was not ticked: a complaint about
 * cancer-related symptoms means active cancer (reference.md: "Always: no deep pressure over a tumour…").
 */
const impliedRuleByCondition: Record<string, string> = { "cancer-related-symptoms": "cancer" };

/**
 * Suggestion cards for a complaint: one per matched condition of the evidence version, best match first,
 * each with the current recommendation's dose, the studies it rests on (AMA citations) and this patient's
 * safety screen. Never fabricates: no match gives noMatch, a condition without a recommendation gives a
 * card saying no dose is established. Sources: the evidence snapshot (shared/evidence/reference.md).
 */
export function buildSuggestions(args: {
  snapshot: EvidenceSnapshot;
  match: MatchResult;
  intake: IntakeInput;
  /** The patient's age when known otherwise than from the date of birth (batch input); else from the DOB today. */
  age?: AgeSignal | null;
  today?: Date;
}): SuggestionResult {
  const { snapshot, match, intake } = args;
  const conditions = activeConditions(snapshot);
  const ruledOut = ruledOutConditions(intake, [...conditions.keys()]);
  const matched = match.candidates.flatMap((candidate) => {
    const condition = conditions.get(candidate.slug);
    return condition && !ruledOut.has(candidate.slug) ? [{ candidate, condition }] : [];
  });
  const implied = matched.flatMap(({ candidate, condition }) => {
    const code = impliedRuleByCondition[candidate.slug];
    // Equivalent mutant left in the score: "if (false)" passes an undefined code, which no rule has, so the
    // screen ignores it. ("if (true)" drops the cancer rule and is killed.)
    // Stryker disable next-line ArrayDeclaration: equivalent, an entry with no code matches no rule
    if (code === undefined) return [];
    return candidate.confidence !== "low" ? [{ code, why: `complaint matched ${condition.name}` }] : [];
  });
  const safety = screenIntake(snapshot.content.safetyRules, intake, implied, args.age ?? intakeAge(intake, args.today ?? new Date()));
  const cards = matched.map(({ candidate, condition }) =>
    gateCardForPatient(cardFor(snapshot, condition, match.facts, safety, candidate), safety, intake),
  );
  return {
    cards,
    noMatch: cards.length === 0,
    safety,
    blocked: safety.blocked,
    warnings: resultWarnings(match.facts, cards.length === 0),
  };
}

/**
 * The card for a condition the clinician chose by hand (nothing matched, or they disagree with the
 * matcher). null when the slug is not an active condition of this evidence version.
 */
export function buildCardForCondition(
  snapshot: EvidenceSnapshot,
  slug: string,
  intake: IntakeInput,
  facts: ComplaintFacts | null,
): SuggestionCard | null {
  const condition = activeConditions(snapshot).get(slug);
  if (!condition) return null;
  const impliedCode = impliedRuleByCondition[slug];
  // Stryker disable next-line ArrayDeclaration: equivalent, the screen ignores an implied entry with no rule's code
  const implied: { code: string; why: string }[] = [];
  if (impliedCode) implied.push({ code: impliedCode, why: `condition chosen: ${condition.name}` });
  const safety = screenIntake(snapshot.content.safetyRules, intake, implied, intakeAge(intake, new Date()));
  return gateCardForPatient(cardFor(snapshot, condition, facts, safety, null), safety, intake);
}

function activeConditions(snapshot: EvidenceSnapshot): Map<string, Condition> {
  return new Map(snapshot.content.conditions.filter((c) => !c.retired).map((c) => [c.slug, c]));
}

function currentRecommendation(snapshot: EvidenceSnapshot, slug: string): Recommendation | null {
  return snapshot.content.recommendations.find((r) => r.conditionSlug === slug && !r.retired) ?? null;
}

function cardFor(
  snapshot: EvidenceSnapshot,
  condition: Condition,
  facts: ComplaintFacts | null,
  safety: SafetyScreen,
  candidate: MatchCandidate | null,
): SuggestionCard {
  const rec = currentRecommendation(snapshot, condition.slug);
  const dose: Dose = rec
    ? { minutesPerSession: rec.minutesPerSession, sessionsPerWeek: rec.sessionsPerWeek, weeks: rec.weeks, totalSessions: rec.totalSessions }
    : NO_DOSE;
  const warnings = [...(candidate?.warnings ?? [])];
  if (!rec) warnings.push(`The evidence base has no current recommendation for ${condition.name}: no dose is established.`);
  const staleWords = rec ? doseSummaryWarning(dose, rec.doseSummary) : null;
  if (staleWords) warnings.push(staleWords);
  const studies = rec ? citedStudies(snapshot, rec, warnings) : [];
  const doseBasis = rec ? doseBasisOf(rec, snapshot.content.studies) : null;
  return {
    conditionSlug: condition.slug,
    conditionName: condition.name,
    icd10: chooseIcd(condition, facts?.side ?? null),
    origin: candidate ? "matched" : "manual",
    matchScore: candidate?.score ?? null,
    confidence: candidate?.confidence ?? null,
    matched: candidate?.matched ?? [],
    recommendationId: rec?.id ?? null,
    dose,
    notEstablished: DOSE_FIELDS.filter((f) => dose[f] === null),
    // Stryker disable next-line LogicalOperator: equivalent, doseBasis is set exactly when rec is
    doseLine: rec && doseBasis ? suggestedDoseLine(rec, doseBasis) : "No dose is established by the evidence base for this condition",
    doseSummary: rec?.doseSummary ?? null,
    modality: rec?.modality ?? null,
    adjuncts: rec?.adjuncts ?? [],
    certainty: rec?.certainty ?? null,
    strength: rec?.strength ?? null,
    rationale: rec?.rationale ?? null,
    conflictingGuidance: rec?.conflictingGuidance ?? null,
    studies,
    precautions: unique([...(rec?.precautions ?? []), ...safety.precautions]),
    areasToAvoid: safety.areasToAvoid.map((i) => `${i.label}: ${i.guidance}`),
    techniqueChanges: safety.techniqueChanges.map((i) => `${i.label}: ${i.guidance}`),
    dismissedFindings: safety.dismissed,
    durationWarning: durationWarning(condition, facts),
    warnings: unique(warnings),
    blocked: safety.blocked,
    doseBasis,
    guidance: rec ? guidanceFor(rec) : [],
    outcomeRows: rec ? outcomeRowsFor(rec, snapshot.content.studies) : [],
    lastReviewed: condition.lastReviewed,
    patientSafety: patientSafetyNotes(safety),
  };
}

function citedStudies(snapshot: EvidenceSnapshot, rec: Recommendation, warnings: string[]): CardStudy[] {
  const byId = new Map(snapshot.content.studies.map((s) => [s.id, s]));
  const out: CardStudy[] = [];
  for (const id of rec.studyIds) {
    const study = byId.get(id);
    if (!study || study.retired) {
      warnings.push(`Cited study "${id}" is not available in evidence version ${snapshot.versionNumber}.`);
      continue;
    }
    const links = studyLinks(study);
    const list: { label: string; href: string }[] = [];
    if (links.doi) list.push({ label: "DOI", href: links.doi });
    if (links.pubmed) list.push({ label: "PubMed", href: links.pubmed });
    if (study.url && study.url !== links.doi && study.url !== links.pubmed) list.push({ label: "Link", href: study.url });
    out.push({
      id: study.id,
      citation: formatCitationAma(study),
      design: study.design,
      population: study.population,
      n: study.n,
      interventionDose: study.interventionDose,
      comparator: study.comparator,
      outcomes: study.outcomes,
      followUp: study.followUp,
      verified: study.verified,
      links: list,
    });
  }
  return out;
}

const sideWords = { left: /\bleft\b/i, right: /\bright\b/i, bilateral: /\bbilateral\b/i } as const;

/**
 * ICD-10-CM code for the card. Codes ending in "-" are categories that need more characters, so a
 * complete code is preferred. Where the condition has side-specific codes (their labels say left, right
 * or bilateral, as ICD-10-CM's M17.- do), the side read from the complaint picks one; with no side, or a
 * side none of the codes names, the "unspecified" code is used and the note says so.
 */
export function chooseIcd(condition: Pick<Condition, "icd10">, side: ComplaintFacts["side"]): IcdChoice {
  const alternatives = condition.icd10.map((c) => ({ code: c.code, label: c.label }));
  const complete = alternatives.filter((c) => !c.code.endsWith("-"));
  const pool = complete.length > 0 ? complete : alternatives;
  const sided = pool.some((c) => sideWords.left.test(c.label) || sideWords.right.test(c.label) || sideWords.bilateral.test(c.label));
  let chosen = pool[0];
  let note: string | null = null;
  const bySide = sided && side ? pool.find((c) => sideWords[side].test(c.label)) : undefined;
  if (bySide) {
    chosen = bySide;
    note = `Side from the complaint: ${side}`;
  } else if (sided) {
    // No side stated, or a side none of the codes names (a bilateral complaint where only left and right
    // codes exist): the unspecified code, and the clinician is asked to choose.
    const unspecified = pool.find((c) => /\bunspecified\b/i.test(c.label));
    if (unspecified) chosen = unspecified;
    note = side
      ? `Side from the complaint: ${side}, but no ${side} code exists for this condition: choose the code that applies`
      : "Side not stated in the complaint: choose the left, right or bilateral code if known";
  }
  // Condition.icd10 has min(1), so chosen exists for validated evidence.
  // Stryker disable next-line all: unreachable for validated evidence (icd10 has at least one code)
  const pick = chosen ?? { code: "", label: "" };
  return { code: pick.code, label: pick.label, note, alternatives };
}

/**
 * Warn when the complaint's duration falls outside the population the evidence studied (matcher
 * categories: acute < 6 weeks, subacute 6-12, chronic >= 12); e.g. 3-day back pain against trials in
 * chronic low back pain (Cherkin 2011; Furlan 2015).
 */
export function durationWarning(condition: Pick<Condition, "name" | "evidenceDuration">, facts: ComplaintFacts | null): string | null {
  const duration = facts?.duration;
  if (!duration) return null;
  if (durationFits(condition.evidenceDuration, duration.category)) return null;
  const howLong = duration.weeks === null ? "" : ` (about ${describeWeeks(duration.weeks)})`;
  return (
    `The complaint describes ${duration.category} symptoms${howLong}, but the evidence for ${condition.name} ` +
    `comes from people with ${EVIDENCE_DURATION_WORDS[condition.evidenceDuration]} symptoms: the suggested dose may not apply.`
  );
}

function describeWeeks(weeks: number): string {
  if (weeks < 1) {
    const days = Math.max(1, Math.round(weeks * 7));
    return `${days} day${days === 1 ? "" : "s"}`;
  }
  const rounded = Math.round(weeks);
  return `${rounded} week${rounded === 1 ? "" : "s"}`;
}

function resultWarnings(facts: ComplaintFacts, noMatch: boolean): string[] {
  const out: string[] = [];
  if (noMatch) {
    out.push("Nothing in the complaint matched a condition in the evidence base. Choose a condition only if one truly applies.");
  }
  // Red flags are the safety screen's to report (with their rule, words and severity), not repeated here.
  const notCounted = [
    ...facts.negated.map((m) => `negated "${m.span.text}"`),
    ...facts.historical.map((m) => `past history "${m.span.text}"`),
    ...facts.family.map((m) => `family history "${m.span.text}"`),
    ...facts.hypothetical.map((m) => `to be ruled out "${m.span.text}"`),
  ];
  if (notCounted.length > 0) out.push(`Not counted as current complaints: ${notCounted.join("; ")}`);
  return unique(out);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
