import { z } from "zod";
import type { ReferralOverride } from "@/lib/domain/referral/fhir";
import type { ReferralSheetData } from "@/lib/domain/referral/referral-sheet";
import type { PatientSafetyNote } from "@/lib/domain/referral/patient-safety";
import { PREGNANCY_RULE } from "@/lib/domain/safety/rule-codes";
import { legacyDoseBasis, type DoseBasis } from "@/lib/domain/evidence/dose-status";
import { guidanceLine, type GuidanceView } from "@/lib/domain/evidence/evidence-profile";
import { certaintyLevels, cptCodes, doseStatuses, safetySeverities, strengthLevels } from "@/lib/schemas/evidence";
import { painLocationLabel, sexValues } from "@/lib/schemas/intake";
import { doseFiguresSchema, overrideReasonCodes, overrideReasonLabels, referralStatuses } from "@/lib/schemas/referral";

/**
 * Stored referral JSON → the export DTO. No "server-only" and no client import: the mapping is pure, so
 * the component tests build a sheet from a row-shaped object exactly as the pages do.
 *
 * The JSON columns hold the suggestion card and intake as they were when the referral was saved. They
 * are parsed leniently (defaults for missing fields) because an old referral must still print after the
 * card shape grows — except what a therapist acts on: the dose, and the safety lines (precautions,
 * techniques to change, areas to avoid, the intake's ticked findings), which every card has carried since
 * the first one. A stored row whose safety lines (or whole JSON) cannot be read throws
 * StoredReferralUnreadable: the page shows its error, and no sheet is ever printed without precautions.
 */

const range = z.object({ min: z.number(), max: z.number() }).nullable().catch(null);
const text = z.string().catch("");
const nullableText = z.string().nullable().catch(null);
const list = z.array(z.string()).catch([]);
/** Safety lines: parsed strictly, never defaulted to "none". */
const safetyLines = z.array(z.string());

/** A stored referral whose JSON, or the safety lines in it, cannot be read: a server fault, never printed. */
export class StoredReferralUnreadable extends Error {
  constructor(what: string, issue: string) {
    super(`A stored referral's ${what} cannot be read (${issue}); it is not shown or printed rather than printed without its safety lines`);
    this.name = "StoredReferralUnreadable";
  }
}

const storedStudySchema = z.object({
  id: z.string(),
  citation: z.string(),
  design: text,
  population: text,
  n: z.number().nullable().catch(null),
  interventionDose: text,
  outcomes: text,
  followUp: nullableText,
  verified: z.boolean().catch(false),
  links: z.array(z.object({ label: z.string(), href: z.string() })).catch([]),
});

// Cards saved before issue 21 have no dose basis or structured guidance: they parse to null / [].
const storedDoseBasisSchema = z
  .object({
    status: z.enum(doseStatuses).nullable().catch(null),
    statusText: nullableText,
    regimenStudied: nullableText,
    unverified: z.boolean().catch(false),
    unverifiedText: nullableText,
    cptCode: z.enum(cptCodes).catch("97124"),
  })
  .nullable()
  .catch(null);

const storedGuidanceSchema = z
  .array(z.object({ kind: z.enum(["conflicting", "qualifying"]), source: z.string(), text: z.string(), checkedText: text }))
  .catch([]);

export const storedSuggestionSchema = z.object({
  icd10: z
    .object({ code: text, label: text, alternatives: z.array(z.object({ code: z.string(), label: z.string() })).catch([]) })
    .catch({ code: "", label: "", alternatives: [] }),
  dose: z
    .object({ minutesPerSession: range, sessionsPerWeek: range, weeks: range, totalSessions: range })
    .catch({ minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null }),
  doseSummary: nullableText,
  modality: nullableText,
  adjuncts: list,
  certainty: z.enum(certaintyLevels).nullable().catch(null),
  strength: z.enum(strengthLevels).nullable().catch(null),
  rationale: nullableText,
  conflictingGuidance: nullableText,
  studies: z.array(storedStudySchema).catch([]),
  precautions: safetyLines,
  areasToAvoid: safetyLines,
  techniqueChanges: safetyLines,
  matched: z.array(z.object({ text: z.string(), why: z.string() })).catch([]),
  // Cards saved before the intake's "found in the text" boxes have none.
  dismissedFindings: z.array(z.object({ code: z.string(), label: z.string(), reason: z.string(), words: list })).catch([]),
  doseBasis: storedDoseBasisSchema,
  guidance: storedGuidanceSchema,
  lastReviewed: nullableText.optional().catch(null),
  // Cards saved before the patient copy took each rule's patient text have none: null, see patientSafetyOf.
  patientSafety: z
    .array(z.object({ code: z.string(), severity: z.enum(["emergency", ...safetySeverities]).nullable().catch(null), patientText: nullableText }))
    .nullable()
    .catch(null),
});
export type StoredSuggestion = z.infer<typeof storedSuggestionSchema>;

export const storedIntakeSchema = z.object({
  complaint: text,
  painLocations: list,
  duration: z.string().optional().catch(undefined),
  painIntensity: z.number().nullable().catch(null),
  goals: text,
  medications: text,
  notes: text,
  safetyFindings: safetyLines,
  pregnant: z.boolean().catch(false),
  pregnancyWeeks: z.number().nullable().catch(null),
  prenatalTrainedTherapist: z.boolean().catch(false).default(false),
});
export type StoredIntake = z.infer<typeof storedIntakeSchema>;

/** The columns the mapping reads; a Prisma row with its clinician and evidence version satisfies it. */
export interface ReferralRowForExport {
  id: string;
  status: string;
  createdAt: Date;
  patientName: string;
  patientDob: string;
  patientSex: string;
  patientMrn: string | null;
  intake: string;
  conditionSlug: string;
  conditionName: string;
  icd10Code: string;
  evidenceVersionId: string;
  recommendationId: string | null;
  suggestion: string;
  finalDose: string;
  doseChanged: boolean;
  overrideReason: string | null;
  overrideNote: string | null;
  deferOverrideNote: string | null;
  amendsId?: string | null;
  clinician: { name: string; credentials: string; email: string; clinicName: string; phone: string };
  evidenceVersion: { number: number };
}

function parseJson(raw: string, what: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new StoredReferralUnreadable(what, "not JSON");
  }
}

function parseStored<T>(schema: z.ZodType<T>, raw: string, what: string): T {
  const parsed = schema.safeParse(parseJson(raw, what));
  if (parsed.success) return parsed.data;
  // Paths only, never values: the message may reach a log, and the values are PHI.
  throw new StoredReferralUnreadable(what, parsed.error.issues.map((i) => i.path.join(".") || "(root)").join(", "));
}

export function parseStoredSuggestion(raw: string): StoredSuggestion {
  return parseStored(storedSuggestionSchema, raw, "suggestion card");
}

export function parseStoredIntake(raw: string): StoredIntake {
  return parseStored(storedIntakeSchema, raw, "intake");
}

/** "https://doi.org/10.1371/journal.pone.0030248" → "10.1371/journal.pone.0030248" (the card keeps only links). */
function doiFromLinks(links: { label: string; href: string }[]): string | null {
  const href = links.find((l) => l.label === "DOI")?.href;
  if (!href?.startsWith("https://doi.org/")) return null;
  try {
    return href.slice("https://doi.org/".length).split("/").map(decodeURIComponent).join("/");
  } catch {
    return null;
  }
}

function overridesOf(row: ReferralRowForExport): ReferralOverride[] {
  const out: ReferralOverride[] = [];
  const reason = overrideReasonCodes.find((c) => c === row.overrideReason) ?? null;
  // A reason recorded without a dose change is still printed: the clinician wrote it for the therapist.
  if (row.doseChanged || reason || row.overrideNote) {
    out.push({ kind: "dose", reason, reasonLabel: reason ? overrideReasonLabels[reason] : "Not given", note: row.overrideNote ?? "" });
  }
  if (row.deferOverrideNote) {
    out.push({ kind: "safety", reason: null, reasonLabel: "Clinician's override of a defer-level safety finding", note: row.deferOverrideNote });
  }
  return out;
}

/** Each finding the screen found in the text and the clinician set aside, with the words and the reason. */
function dismissalsOf(card: StoredSuggestion): ReferralOverride[] {
  return card.dismissedFindings.map((d) => ({
    kind: "dismissal",
    reason: null,
    reasonLabel: d.words.length > 0 ? `${d.label}, found in the text: ${d.words.map((w) => `"${w}"`).join(", ")}` : d.label,
    note: d.reason,
  }));
}


/**
 * The safety rules that applied, as the card recorded them; for a referral saved before the card kept
 * them, the intake's ticked codes (and pregnancy, and cancer for cancer care, as the screen implies them)
 * with no text, so the patient copy refers to the therapist's page instead of guessing.
 */
function patientSafetyOf(card: StoredSuggestion, intake: StoredIntake, conditionSlug: string): PatientSafetyNote[] {
  if (card.patientSafety) return card.patientSafety;
  const codes = new Set(intake.safetyFindings);
  if (intake.pregnant) codes.add(PREGNANCY_RULE);
  if (conditionSlug === "cancer-related-symptoms") codes.add("cancer");
  return [...codes].map((code) => ({ code, severity: null, patientText: null }));
}

function guidanceLinesOf(card: StoredSuggestion): string[] {
  if (card.guidance.length > 0) return card.guidance.map((g: GuidanceView) => guidanceLine(g));
  return card.conflictingGuidance ? [`Conflicting — ${card.conflictingGuidance}`] : [];
}

export function toReferralForExport(row: ReferralRowForExport): ReferralSheetData {
  const card = parseStoredSuggestion(row.suggestion);
  const doseBasis: DoseBasis = card.doseBasis ?? legacyDoseBasis(card.modality);
  const intake = parseStoredIntake(row.intake);
  const icdLabel =
    (card.icd10.code === row.icd10Code ? card.icd10.label : card.icd10.alternatives.find((a) => a.code === row.icd10Code)?.label) ?? "";
  return {
    id: row.id,
    status: referralStatuses.find((s) => s === row.status) ?? "draft",
    createdAt: row.createdAt.toISOString(),
    clinician: { ...row.clinician },
    patient: {
      name: row.patientName,
      dob: row.patientDob,
      sex: sexValues.find((s) => s === row.patientSex) ?? "unknown",
      mrn: row.patientMrn,
    },
    condition: { slug: row.conditionSlug, name: row.conditionName, icd10Code: row.icd10Code, icd10Label: icdLabel },
    modality: card.modality,
    replacesId: row.amendsId ?? null,
    finalDose: parseStored(doseFiguresSchema, row.finalDose, "dose"),
    suggestedDose: row.recommendationId ? card.dose : null,
    overrides: [...overridesOf(row), ...dismissalsOf(card)],
    precautions: card.precautions,
    areasToAvoid: card.areasToAvoid,
    techniqueChanges: card.techniqueChanges,
    patientSafety: patientSafetyOf(card, intake, row.conditionSlug),
    goals: intake.goals,
    notes: intake.notes,
    evidence: {
      versionId: row.evidenceVersionId,
      versionNumber: row.evidenceVersion.number,
      recommendationId: row.recommendationId,
      certainty: card.certainty,
      strength: card.strength,
      studies: card.studies.map((s) => ({ id: s.id, citation: s.citation, doi: doiFromLinks(s.links), verified: s.verified })),
      doseBasis,
    },
    details: {
      complaint: intake.complaint,
      painLocations: intake.painLocations.map(painLocationLabel),
      medications: intake.medications,
      duration: intake.duration ?? "",
      painIntensity: intake.painIntensity,
      doseSummary: card.doseSummary,
      rationale: card.rationale,
      guidance: guidanceLinesOf(card),
      adjuncts: card.adjuncts,
      studyFacts: card.studies.map((s) => ({
        id: s.id,
        design: s.design,
        population: s.population,
        n: s.n,
        interventionDose: s.interventionDose,
        outcomes: s.outcomes,
        followUp: s.followUp,
      })),
    },
  };
}
