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

export type Certainty = (typeof certaintyLevels)[number];
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

export const icdCodeSchema = z.object({
  code: z.string().trim().regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z-]{1,4})?-?$/, "Not an ICD-10-CM code"),
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
  pmid: z.string().trim().regex(/^\d{1,9}$/).nullable(),
  // Only web links: a study URL becomes a link on the evidence pages.
  url: z.string().trim().url().max(500).regex(/^https?:\/\//i, "Use an http(s) address").nullable(),
  registration: z.string().trim().max(60).nullable(),
  design: z.enum(studyDesigns),
  /** Participants (or studies, for a review: see population). null when the reference gives none. */
  n: z.number().int().positive().nullable(),
  population: z.string().trim().max(1000),
  interventionDose: z.string().trim().max(1000),
  comparator: z.string().trim().max(500).nullable(),
  outcomes: z.string().trim().max(3000),
  followUp: z.string().trim().max(500).nullable(),
  /** false when the figures come only from the source article, not checked against the study. */
  verified: z.boolean(),
  retired: z.boolean().default(false),
});
export type Study = z.infer<typeof studySchema>;

export const recommendationSchema = z.object({
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
  conflictingGuidance: z.string().trim().max(2000).nullable(),
  /** Precautions that always apply to this condition, whatever the intake says. */
  precautions: z.array(z.string().trim().min(1).max(400)).max(20),
  studyIds: z.array(slugSchema).min(1, "A recommendation must cite at least one study"),
  retired: z.boolean().default(false),
});
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
