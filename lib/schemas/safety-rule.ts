import { z } from "zod";

/**
 * A curated safety rule of the evidence base (one row of the reference's safety table, or a rule added
 * by the clinical review), with what makes it apply. Kept in its own file so the safety screen's data
 * can grow without touching the rest of the evidence schema; lib/schemas/evidence.ts re-exports it.
 *
 * Fields added by safety screen v2 (triggers, patientText, trimesters…) are optional, so every evidence
 * version stored before them still parses: such a rule applies when ticked, as it always did.
 */

export const safetySeverities = ["defer", "local", "modify"] as const;
export type SafetySeverity = (typeof safetySeverities)[number];

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");
const phrases = z.array(z.string().trim().min(1).max(300)).max(300);

/** A numeric reading in the text that makes the trigger fire (the threshold and its source are the rule's). */
export const readingTriggerSchema = z.object({
  measure: z.enum(["platelets-per-microlitre", "systolic-mmhg", "diastolic-mmhg", "temperature-celsius"]),
  /** Fires at or below this value… */
  atOrBelow: z.number().optional(),
  /** …or at or above this one. */
  atOrAbove: z.number().optional(),
});
export type ReadingTrigger = z.infer<typeof readingTriggerSchema>;

/**
 * One way a rule is found: words in the complaint, medications or notes (negated, historical and
 * relatives' mentions do not count), a numeric reading, or the patient's age. A trigger may change the
 * rule's severity and instruction: a treated DVT is "avoid that limb", a suspected one "defer".
 */
export const safetyTriggerSchema = z.object({
  /** Shown to the clinician with the words: "anticoagulant", "platelet count". */
  label: z.string().trim().min(1).max(120),
  /** Patterns: "(a|b)" alternatives, "#" any number, trailing "*" a word prefix. */
  phrases: phrases.default([]),
  /** Every group must have a mention somewhere in the intake text ("with back pain"). */
  requiresAll: z.array(phrases).max(5).default([]),
  /** Any mention of these anywhere in the intake text stops this trigger ("explained by cancer"). */
  unless: phrases.default([]),
  /** A phrase followed directly by one of these words does not count ("ICD-10" is not a defibrillator). */
  notFollowedBy: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  reading: readingTriggerSchema.optional(),
  /** Fires only from this age (years), e.g. anterior neck work in older adults. */
  minAge: z.number().int().min(0).max(130).optional(),
  severity: z.enum(safetySeverities).optional(),
  /** Therapist-facing instruction when this trigger fired, instead of the rule's guidance. */
  guidance: z.string().trim().min(1).max(1000).optional(),
  patientText: z.string().trim().min(1).max(600).optional(),
});
export type SafetyTrigger = z.infer<typeof safetyTriggerSchema>;

export { textTrigger } from "@/lib/domain/safety/text-trigger";

export const safetyRuleSchema = z.object({
  code: slug,
  label: z.string().trim().min(1).max(120),
  /** The intake finding this rule reacts to, as the checklist shows it. */
  finding: z.string().trim().min(1).max(300),
  severity: z.enum(safetySeverities),
  /** Where the reference qualifies the severity, e.g. "defer at the fracture site". */
  severityNote: z.string().trim().max(300).nullable(),
  /** Therapist-facing instruction ("light pressure only over the lower legs"). */
  guidance: z.string().trim().min(1).max(1000),
  source: z.string().trim().min(1).max(500),
  retired: z.boolean().default(false),
  /** Patient-facing plain words for the patient copy; null when the rule has none. */
  patientText: z.string().trim().min(1).max(600).nullable().optional(),
  /** How the rule is found in the text; none = only when ticked. */
  triggers: z.array(safetyTriggerSchema).max(40).optional(),
  /** Pregnancy rules: therapist instruction per trimester (1-3), added to the guidance. */
  trimesterGuidance: z
    .array(z.object({ trimester: z.number().int().min(1).max(3), guidance: z.string().trim().min(1).max(600) }))
    .max(3)
    .optional(),
});
export type SafetyRule = z.infer<typeof safetyRuleSchema>;
