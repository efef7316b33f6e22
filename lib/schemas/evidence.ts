import { z } from "zod";
import { safetyRuleSchema } from "./safety-rule";

export { safetySeverities, type SafetySeverity } from "./safety-rule";

/**
 * The evidence base as one versioned document. Every admin change produces a new immutable
 * EvidenceVersion row holding the whole document, so an old referral can always show exactly the
 * evidence it was made from (the base is small: tens of rows, a few kB of JSON).
 */

export const certaintyLevels = ["high", "moderate", "low", "very low"] as const;
export const strengthLevels = ["strong", "conditional"] as const;
export const studyDesigns = [
  "RCT",
  "systematic review",
  "meta-analysis",
  "cohort",
  "uncontrolled pre/post",
  "single-group",
  "narrative review",
  "mechanistic",
  "guideline",
  "other",
] as const;

/**
 * How the dose of a recommendation is known (issue 21): "established" when a dose-finding trial compared
 * doses (knee OA: Perlman 2012; neck: Sherman 2014); "studied" when it is the regimen trials used without
 * comparing doses; "not established" when the evidence gives no dose, so none is suggested.
 */
export const doseStatuses = ["established", "studied", "not-established"] as const;
/** Who set the comparator of an outcome row, in evidence-profile terms. */
export const comparatorKinds = [
  "wait list",
  "usual care",
  "sham or placebo",
  "active",
  "no treatment",
  "no control",
  "mixed",
  "not reported",
] as const;
/** CPT follows the modality: 97124 massage; 97140 manual therapy (connective tissue massage, myofascial release). */
export const cptCodes = ["97124", "97140"] as const;

export type Certainty = (typeof certaintyLevels)[number];
export type DoseStatus = (typeof doseStatuses)[number];
export type CptCode = (typeof cptCodes)[number];
export type Strength = (typeof strengthLevels)[number];

export const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

/** A dose figure as a range; min === max for a single value. null = not established by the evidence. */
export const doseRangeSchema = z
  .object({
    min: z.number().positive().max(1000),
    max: z.number().positive().max(1000),
  })
  .refine((r) => r.min <= r.max, { message: "Minimum must not exceed maximum", path: ["max"] })
  .nullable();
export type DoseRange = z.infer<typeof doseRangeSchema>;

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD");
const webUrl = z
  .string()
  .trim()
  .url()
  .max(500)
  .regex(/^https?:\/\//i, "Use an http(s) address");

export const icdCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z-]{1,4})?-?$/, "Not an ICD-10-CM code"),
  label: z.string().trim().min(1).max(200),
});

export const exclusionSchema = z.object({
  /** Phrase that, when present in a complaint, argues against this condition. */
  phrase: z.string().trim().min(2).max(120),
  reason: z.string().trim().min(1).max(300),
});

export const conditionSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(2).max(160),
  description: z.string().trim().min(1).max(2000),
  bodyRegion: z.string().trim().min(1).max(80),
  icd10: z.array(icdCodeSchema).min(1).max(20),
  /** Other ways clinicians write it: synonyms, abbreviations. Used by the matcher. */
  phrases: z.array(z.string().trim().min(2).max(120)).max(200),
  /** "Not for": other diagnoses or findings this condition's evidence does not cover. */
  exclusions: z.array(exclusionSchema).max(100),
  /** Which durations the evidence population had; a complaint outside it gets a warning. */
  evidenceDuration: z.enum(["chronic", "subacute-or-chronic", "acute", "any"]),
  /** When the condition's evidence was last reviewed (YYYY-MM-DD); null in versions that did not record it. */
  lastReviewed: isoDate.nullable().default(null),
  retired: z.boolean().default(false),
});
export type Condition = z.infer<typeof conditionSchema>;

export const studySchema = z.object({
  id: slugSchema,
  authors: z.array(z.string().trim().min(1).max(120)).min(1).max(50),
  /** True when the reference lists the first author followed by "et al". */
  etAl: z.boolean().default(false),
  year: z.number().int().min(1900).max(2100),
  title: z.string().trim().max(400).nullable(),
  journal: z.string().trim().max(200).nullable(),
  volume: z.string().trim().max(40).nullable(),
  issue: z.string().trim().max(40).nullable(),
  pages: z.string().trim().max(40).nullable(),
  doi: z.string().trim().max(200).nullable(),
  pmid: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/)
    .nullable(),
  // Only web links: a study URL becomes a link on the evidence pages.
  url: webUrl.nullable(),
  registration: z.string().trim().max(60).nullable(),
  design: z.enum(studyDesigns),
  /** Participants (or studies, for a review: see population). null when the reference gives none. */
  n: z.number().int().positive().nullable(),
  population: z.string().trim().max(1000),
  interventionDose: z.string().trim().max(1000),
  comparator: z.string().trim().max(500).nullable(),
  outcomes: z.string().trim().max(3000),
  followUp: z.string().trim().max(500).nullable(),
  /**
   * true: the figures were checked against the study's abstract (or a guideline's published text), not the
   * full paper; false: they come only from a secondary source and are shown flagged.
   */
  verified: z.boolean(),
  /** Where MassageRx read the abstract the figures were checked against; null in versions that did not record it. */
  abstractSource: webUrl.nullable().default(null),
  retired: z.boolean().default(false),
});
export type Study = z.infer<typeof studySchema>;

/**
 * One row of an evidence profile (GRADE summary-of-findings style): what was measured, when, against what,
 * in how many studies and people, the effect in the source's natural units beside its minimal important
 * difference, and how certain it is and why. A figure the source does not give is null ("not reported").
 */
export const outcomeRowSchema = z.object({
  kind: z.enum(["benefit", "harm"]),
  outcome: z.string().trim().min(1).max(200),
  timeFrame: z.string().trim().max(120).nullable(),
  comparatorKind: z.enum(comparatorKinds),
  comparator: z.string().trim().min(1).max(200),
  studies: z.number().int().positive().nullable(),
  participants: z.number().int().positive().nullable(),
  effect: z.string().trim().max(600).nullable(),
  /** The minimal important difference as the source states it; null when it states none. */
  mid: z.string().trim().max(300).nullable(),
  certainty: z.enum(certaintyLevels).nullable(),
  /** "review": the source's own GRADE rating; "massagerx": MassageRx's rating of this row. */
  certaintyBy: z.enum(["review", "massagerx"]),
  /** Why the certainty is what it is: risk of bias, imprecision, indirectness, inconsistency… */
  certaintyReasons: z.array(z.string().trim().min(1).max(300)).max(10),
  studyIds: z.array(slugSchema).min(1, "An outcome row must cite its source"),
});
export type OutcomeRow = z.infer<typeof outcomeRowSchema>;

/** Guidance that disagrees with or qualifies a suggestion; shown beside it, never behind a click. */
export const guidanceItemSchema = z.object({
  kind: z.enum(["conflicting", "qualifying"]),
  /** Short name of the source, e.g. "NICE NG59 (2016)". */
  source: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(1000),
  /** The study entry holding its citation, when there is one. */
  studyId: slugSchema.nullable(),
  /** How MassageRx knows it: read in the abstract/guideline text, or only as the clinical review reports it. */
  checked: z.enum(["abstract", "guideline text", "review only"]),
});
export type GuidanceItem = z.infer<typeof guidanceItemSchema>;

export const recommendationSchema = z
  .object({
    id: slugSchema,
    conditionSlug: slugSchema,
    modality: z.string().trim().min(1).max(300),
    minutesPerSession: doseRangeSchema,
    sessionsPerWeek: doseRangeSchema,
    weeks: doseRangeSchema,
    totalSessions: doseRangeSchema,
    /** Dose in the reference's own words, shown beside the structured figures. */
    doseSummary: z.string().trim().min(1).max(600),
    adjuncts: z.array(z.string().trim().min(1).max(200)).max(20),
    certainty: z.enum(certaintyLevels),
    strength: z.enum(strengthLevels),
    rationale: z.string().trim().min(1).max(3000),
    /** Free-text conflicting guidance (older versions and admin notes); structured items go in guidance. */
    conflictingGuidance: z.string().trim().max(2000).nullable(),
    /** Precautions that always apply to this condition, whatever the intake says. */
    precautions: z.array(z.string().trim().min(1).max(400)).max(20),
    studyIds: z.array(slugSchema).min(1, "A recommendation must cite at least one study"),
    /** Older versions did not record it; "studied" claims no more than that a trial used the regimen. */
    doseStatus: z.enum(doseStatuses).default("studied"),
    /** The regimen trials used, in words, when the dose is not established (e.g. "30 min twice weekly, 4 weeks (Quinn 2002)"). */
    regimenStudied: z.string().trim().max(600).nullable().default(null),
    /** The studies the dose figures come from; an unverified one flags the dose line itself. */
    doseStudyIds: z.array(slugSchema).default([]),
    cptCode: z.enum(cptCodes).default("97124"),
    guidance: z.array(guidanceItemSchema).max(20).default([]),
    outcomeRows: z.array(outcomeRowSchema).max(30).default([]),
    retired: z.boolean().default(false),
  })
  // A dose the evidence does not establish is never stored as figures, so no surface can suggest one.
  .refine(
    (r) =>
      r.doseStatus !== "not-established" ||
      (r.minutesPerSession === null && r.sessionsPerWeek === null && r.weeks === null && r.totalSessions === null),
    { message: "A dose marked “not established” must leave every dose figure empty", path: ["doseStatus"] },
  );
export type Recommendation = z.infer<typeof recommendationSchema>;

// Safety rules (and their severities) live in ./safety-rule.ts, the safety screen's own schema.
export { safetyRuleSchema, type SafetyRule } from "./safety-rule";

export const evidenceContentSchema = z.object({
  conditions: z.array(conditionSchema),
  studies: z.array(studySchema),
  recommendations: z.array(recommendationSchema),
  safetyRules: z.array(safetyRuleSchema),
});
export type EvidenceContent = z.infer<typeof evidenceContentSchema>;

/** A version as the domain sees it: the content plus its identity. */
export interface EvidenceSnapshot {
  versionId: string;
  versionNumber: number;
  content: EvidenceContent;
}
