import { z } from "zod";
import { preferredStudyUrl } from "@/lib/domain/evidence/citation";
import {
  conditionSchema,
  recommendationSchema,
  safetyRuleSchema,
  studySchema,
  type Condition,
  type DoseRange,
  type Recommendation,
  type SafetyRule,
  type Study,
} from "./evidence";
import { BUILT_IN_CODE_REFUSED, notBuiltInCode, triggerFormSchema, triggerToForm } from "./safety-trigger-edit";

/**
 * Admin curation payloads: { baseVersionId, originalKey, reason, entity }. The entity is what the form
 * holds (text, one item per line for lists) and parses into exactly the entity schema of
 * lib/schemas/evidence.ts, so the form (zodResolver) and the action (safeParse) accept the same input.
 */

export const splitLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** A textarea, one item per line, validated item by item by `schema`. */
const linesOf = <T extends z.ZodType<unknown, string[]>>(schema: T) => z.string().transform(splitLines).pipe(schema);

/** Empty text means "none" (null), so optional fields are never stored as "". */
const optionalText = <T extends z.ZodType<unknown, string | null>>(schema: T) =>
  z
    .string()
    .transform((s) => (s.trim() === "" ? null : s.trim()))
    .pipe(schema);

const RANGE = /^(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?$/;
export const DOSE_HINT = "A number (60), a range (2-3), or empty for “not established by the evidence”.";

/** "60" → 60-60, "2-3" → 2-3, "" → null (not established). */
const doseText = z
  .string()
  .transform((raw, ctx): DoseRange => {
    const text = raw.trim();
    if (text === "") return null;
    const match = RANGE.exec(text);
    if (!match?.[1]) {
      ctx.addIssue({ code: "custom", message: `Not a dose figure. ${DOSE_HINT}` });
      return z.NEVER;
    }
    const min = Number(match[1]);
    return { min, max: match[2] ? Number(match[2]) : min };
  })
  .pipe(recommendationSchema.shape.minutesPerSession);

/** "M17.11 Unilateral primary osteoarthritis, right knee": the code, a space, then its label. */
const icdLines = z
  .string()
  .transform((text) =>
    splitLines(text).map((line) => {
      const [code = "", ...rest] = line.split(/\s+/);
      return { code, label: rest.join(" ").replace(/^[-–|:]\s*/, "") };
    }),
  )
  .pipe(conditionSchema.shape.icd10);

/** "migraine | Migraine is a different disorder": the phrase, a bar, then why it is excluded. */
const exclusionLines = z
  .string()
  .transform((text) =>
    splitLines(text).map((line) => {
      const [phrase = "", ...rest] = line.split("|");
      return { phrase: phrase.trim(), reason: rest.join("|").trim() };
    }),
  )
  .pipe(conditionSchema.shape.exclusions);

/**
 * Structured lists (outcome rows, guidance items) are edited as JSON text: rare, curated by hand, and a
 * form of nested rows would hide nothing an admin needs. Empty text means an empty list.
 */
const jsonLines = <T extends z.ZodType<unknown, unknown[]>>(schema: T) =>
  z
    .string()
    .transform((text, ctx): unknown => {
      if (text.trim() === "") return [];
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "Not valid JSON: give a list, e.g. [] or [{…}]" });
        return z.NEVER;
      }
    })
    .pipe(schema);

const conditionForm = z.object({
  slug: conditionSchema.shape.slug,
  name: conditionSchema.shape.name,
  description: conditionSchema.shape.description,
  bodyRegion: conditionSchema.shape.bodyRegion,
  icd10: icdLines,
  phrases: linesOf(conditionSchema.shape.phrases),
  exclusions: exclusionLines,
  evidenceDuration: conditionSchema.shape.evidenceDuration,
  lastReviewed: optionalText(conditionSchema.shape.lastReviewed.unwrap()),
  retired: z.boolean(),
});

const studyForm = z
  .object({
    id: studySchema.shape.id,
    authors: linesOf(studySchema.shape.authors),
    etAl: z.boolean(),
    year: z.string().trim().min(1, "Enter the year").transform(Number).pipe(studySchema.shape.year),
    title: optionalText(studySchema.shape.title),
    journal: optionalText(studySchema.shape.journal),
    volume: optionalText(studySchema.shape.volume),
    issue: optionalText(studySchema.shape.issue),
    pages: optionalText(studySchema.shape.pages),
    doi: optionalText(studySchema.shape.doi),
    pmid: optionalText(studySchema.shape.pmid),
    url: optionalText(studySchema.shape.url),
    registration: optionalText(studySchema.shape.registration),
    design: studySchema.shape.design,
    n: z
      .string()
      .transform((s) => (s.trim() === "" ? null : Number(s.trim())))
      .pipe(studySchema.shape.n),
    population: studySchema.shape.population,
    interventionDose: studySchema.shape.interventionDose,
    comparator: optionalText(studySchema.shape.comparator),
    outcomes: studySchema.shape.outcomes,
    followUp: optionalText(studySchema.shape.followUp),
    verified: z.boolean(),
    abstractSource: optionalText(studySchema.shape.abstractSource.unwrap()),
    retired: z.boolean(),
  })
  // As in the seed: without a URL the study links to its DOI, else PubMed.
  .transform((s): Study => ({ ...s, url: s.url ?? preferredStudyUrl(s) }));

const recommendationForm = z
  .object({
    id: recommendationSchema.shape.id,
    conditionSlug: z.string().min(1, "Choose the condition").pipe(recommendationSchema.shape.conditionSlug),
    modality: recommendationSchema.shape.modality,
    minutesPerSession: doseText,
    sessionsPerWeek: doseText,
    weeks: doseText,
    totalSessions: doseText,
    doseSummary: recommendationSchema.shape.doseSummary,
    adjuncts: linesOf(recommendationSchema.shape.adjuncts),
    certainty: recommendationSchema.shape.certainty,
    strength: recommendationSchema.shape.strength,
    rationale: recommendationSchema.shape.rationale,
    conflictingGuidance: optionalText(recommendationSchema.shape.conflictingGuidance),
    precautions: linesOf(recommendationSchema.shape.precautions),
    studyIds: recommendationSchema.shape.studyIds,
    doseStatus: recommendationSchema.shape.doseStatus,
    regimenStudied: optionalText(recommendationSchema.shape.regimenStudied.unwrap()),
    doseStudyIds: recommendationSchema.shape.doseStudyIds,
    cptCode: recommendationSchema.shape.cptCode,
    guidance: jsonLines(recommendationSchema.shape.guidance.unwrap()),
    outcomeRows: jsonLines(recommendationSchema.shape.outcomeRows.unwrap()),
    retired: z.boolean(),
  })
  // The same rule as the stored schema: "not established" leaves every figure empty.
  .refine(
    (r) =>
      r.doseStatus !== "not-established" ||
      (r.minutesPerSession === null && r.sessionsPerWeek === null && r.weeks === null && r.totalSessions === null),
    { message: "A dose marked “not established” must leave every dose figure empty", path: ["doseStatus"] },
  );

const safetyRuleForm = z.object({
  code: safetyRuleSchema.shape.code.refine(notBuiltInCode, BUILT_IN_CODE_REFUSED),
  label: safetyRuleSchema.shape.label,
  finding: safetyRuleSchema.shape.finding,
  severity: safetyRuleSchema.shape.severity,
  severityNote: optionalText(safetyRuleSchema.shape.severityNote),
  guidance: safetyRuleSchema.shape.guidance,
  source: safetyRuleSchema.shape.source,
  retired: z.boolean(),
  // Text triggers and patient words (lib/schemas/safety-trigger-edit.ts); absent: the rule's are kept.
  patientText: optionalText(safetyRuleSchema.shape.patientText.unwrap()).optional(),
  triggers: z.array(triggerFormSchema).max(40, "At most 40 triggers").optional(),
});

export const reasonSchema = z
  .string()
  .trim()
  .min(5, "Say why you are making this change (at least 5 characters)")
  .max(500, "Keep the reason under 500 characters");

const versionIdSchema = z.string().trim().min(1, "Missing evidence version").max(40);

/** originalKey is empty when creating; otherwise the key of the item being edited (keys never change). */
const editEnvelope = { baseVersionId: versionIdSchema, originalKey: z.string().max(120), reason: reasonSchema };

export const saveConditionSchema = z.object({ ...editEnvelope, entity: conditionForm });
export const saveStudySchema = z.object({ ...editEnvelope, entity: studyForm });
export const saveRecommendationSchema = z.object({ ...editEnvelope, entity: recommendationForm });
export const saveSafetyRuleSchema = z.object({ ...editEnvelope, entity: safetyRuleForm });
export const restoreEvidenceVersionSchema = z.object({
  baseVersionId: versionIdSchema,
  versionId: versionIdSchema,
  reason: reasonSchema,
});

export type SaveConditionInput = z.input<typeof saveConditionSchema>;
export type SaveStudyInput = z.input<typeof saveStudySchema>;
export type SaveRecommendationInput = z.input<typeof saveRecommendationSchema>;
export type SaveSafetyRuleInput = z.input<typeof saveSafetyRuleSchema>;
export type RestoreEvidenceVersionInput = z.input<typeof restoreEvidenceVersionSchema>;

// Entity → form text, the inverse of the parsers above (used to fill an edit form).

const text = (value: string | number | null) => (value === null ? "" : String(value));
const rangeText = (range: DoseRange) => (range === null ? "" : range.min === range.max ? String(range.min) : `${range.min}-${range.max}`);

export function conditionToForm(c: Condition | null): SaveConditionInput["entity"] {
  return {
    slug: c?.slug ?? "",
    name: c?.name ?? "",
    description: c?.description ?? "",
    bodyRegion: c?.bodyRegion ?? "",
    icd10: (c?.icd10 ?? []).map((i) => `${i.code} ${i.label}`).join("\n"),
    phrases: (c?.phrases ?? []).join("\n"),
    exclusions: (c?.exclusions ?? []).map((e) => `${e.phrase} | ${e.reason}`).join("\n"),
    evidenceDuration: c?.evidenceDuration ?? "chronic",
    lastReviewed: text(c?.lastReviewed ?? null),
    retired: c?.retired ?? false,
  };
}

export function studyToForm(s: Study | null): SaveStudyInput["entity"] {
  return {
    id: s?.id ?? "",
    authors: (s?.authors ?? []).join("\n"),
    etAl: s?.etAl ?? false,
    year: text(s?.year ?? null),
    title: text(s?.title ?? null),
    journal: text(s?.journal ?? null),
    volume: text(s?.volume ?? null),
    issue: text(s?.issue ?? null),
    pages: text(s?.pages ?? null),
    doi: text(s?.doi ?? null),
    pmid: text(s?.pmid ?? null),
    url: text(s?.url ?? null),
    registration: text(s?.registration ?? null),
    design: s?.design ?? "RCT",
    n: text(s?.n ?? null),
    population: s?.population ?? "",
    interventionDose: s?.interventionDose ?? "",
    comparator: text(s?.comparator ?? null),
    outcomes: s?.outcomes ?? "",
    followUp: text(s?.followUp ?? null),
    // A new study starts unchecked: figures must be checked against the abstract on purpose.
    verified: s?.verified ?? false,
    abstractSource: text(s?.abstractSource ?? null),
    retired: s?.retired ?? false,
  };
}

export function recommendationToForm(r: Recommendation | null): SaveRecommendationInput["entity"] {
  return {
    id: r?.id ?? "",
    conditionSlug: r?.conditionSlug ?? "",
    modality: r?.modality ?? "",
    minutesPerSession: rangeText(r?.minutesPerSession ?? null),
    sessionsPerWeek: rangeText(r?.sessionsPerWeek ?? null),
    weeks: rangeText(r?.weeks ?? null),
    totalSessions: rangeText(r?.totalSessions ?? null),
    doseSummary: r?.doseSummary ?? "",
    adjuncts: (r?.adjuncts ?? []).join("\n"),
    certainty: r?.certainty ?? "low",
    strength: r?.strength ?? "conditional",
    rationale: r?.rationale ?? "",
    conflictingGuidance: text(r?.conflictingGuidance ?? null),
    precautions: (r?.precautions ?? []).join("\n"),
    studyIds: r?.studyIds ?? [],
    doseStatus: r?.doseStatus ?? "studied",
    regimenStudied: text(r?.regimenStudied ?? null),
    doseStudyIds: r?.doseStudyIds ?? [],
    cptCode: r?.cptCode ?? "97124",
    guidance: r && r.guidance.length > 0 ? JSON.stringify(r.guidance, null, 2) : "",
    outcomeRows: r && r.outcomeRows.length > 0 ? JSON.stringify(r.outcomeRows, null, 2) : "",
    retired: r?.retired ?? false,
  };
}

export function safetyRuleToForm(r: SafetyRule | null): SaveSafetyRuleInput["entity"] {
  return {
    code: r?.code ?? "",
    label: r?.label ?? "",
    finding: r?.finding ?? "",
    severity: r?.severity ?? "modify",
    severityNote: text(r?.severityNote ?? null),
    guidance: r?.guidance ?? "",
    source: r?.source ?? "",
    retired: r?.retired ?? false,
    patientText: r?.patientText ?? "",
    triggers: (r?.triggers ?? []).map(triggerToForm),
  };
}
