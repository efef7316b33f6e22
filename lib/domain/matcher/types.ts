/** Public shapes of the complaint matcher. The matcher is pure: it is fed the evidence content. */

export type Confidence = "high" | "medium" | "low";

export interface MatchSpan {
  /** Character offsets into the original complaint text (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** Why this span counts, in words a clinician can check, e.g. 'abbreviation "LBP" = low back pain'. */
  why: string;
}

export interface MatchCandidate {
  slug: string;
  /** 0-1; comparable across candidates of one complaint. */
  score: number;
  confidence: Confidence;
  matched: MatchSpan[];
  /** Exclusions, red flags, duration mismatch, etc. that lowered or vetoed the match. */
  warnings: string[];
}

export type DurationCategory = "acute" | "subacute" | "chronic";

export interface DurationFact {
  category: DurationCategory;
  /** Approximate weeks, when a number could be read ("x2y" = 104); null for "longstanding" etc. */
  weeks: number | null;
  span: MatchSpan;
}

export type RedFlagCode =
  | "cauda-equina"
  | "thunderclap-headache"
  | "rhabdomyolysis"
  | "fever"
  | "weight-loss"
  | "neuro-deficit"
  | "chest-pain"
  | "dvt"
  | "inflammatory-back-pain"
  | "trauma";

export interface RedFlag {
  code: RedFlagCode;
  label: string;
  /** emergency: send for urgent care, never a massage referral. */
  urgency: "emergency" | "urgent" | "caution";
  span: MatchSpan;
}

export interface MentionFact {
  /** Condition slug when the mention names one, else null. */
  slug: string | null;
  span: MatchSpan;
}

export type AgeGroup = "infant" | "child" | "adolescent" | "adult";

/** The patient's age: from the intake when given, else as the complaint states it. */
export interface AgeFact {
  /** Years when a number was given (0.5 for "6-month-old"); null for a life stage alone ("teenager"). */
  years: number | null;
  group: AgeGroup;
  source: "text" | "intake";
  /** Where the text says it; null when it came from the intake. */
  span: MatchSpan | null;
}

export interface ComplaintFacts {
  duration: DurationFact | null;
  /** Read so that a child never gets an adult match with high confidence, and adult doses can be gated. */
  age?: AgeFact | null;
  side: "left" | "right" | "bilateral" | null;
  negated: MentionFact[];
  historical: MentionFact[];
  family: MentionFact[];
  hypothetical: MentionFact[];
  redFlags: RedFlag[];
}

export interface MatchResult {
  candidates: MatchCandidate[];
  facts: ComplaintFacts;
}

/** What the matcher needs of a condition (a subset of the evidence Condition). */
export interface MatcherCondition {
  slug: string;
  name: string;
  phrases: string[];
  exclusions: { phrase: string; reason: string }[];
  bodyRegion: string;
  /** Ages the evidence population had (default adults): a child or adolescent is capped at medium. */
  evidenceAges?: "adults" | "all";
  /** Durations the evidence population had; a complaint outside it is capped at medium with a warning. */
  evidenceDuration?: import("./duration-fit").EvidenceDuration;
}
