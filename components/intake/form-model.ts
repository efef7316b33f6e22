import type { DefaultValues, FieldPath } from "react-hook-form";
import type { SuggestionCard } from "@/lib/domain/referral/suggest";
import { completeChosenDose } from "@/lib/domain/dose/dose";
import { formatChosenDoseLine } from "@/lib/domain/dose/dose-words";
import type { ReferralEditStart } from "@/lib/domain/referral/edit-start";
import type { AutosavedChoice, AutosavedForm } from "@/lib/domain/referral/autosaved-form";
import { overrideReasonCodes } from "@/lib/domain/labels/referral";
import type { DoseRange, SafetySeverity } from "@/lib/schemas/evidence";
import type { CreateReferralFormValues, CreateReferralInput, DoseInput, ReferralSuggestionContext } from "@/lib/schemas/referral";
import type { FieldTarget } from "@/components/ui/apply-field-errors";

/**
 * One react-hook-form form holds the intake and the referral choice, validated by the same
 * createReferralSchemaFor() the save action uses. "Suggest" validates only its `intake` part.
 */
export type ReferralFormValues = CreateReferralFormValues;
export type ReferralFormOutput = CreateReferralInput;
export type ReferralFormPath = FieldPath<ReferralFormValues>;

/** A safety rule as the checklist shows it (from the current evidence version). */
export interface ChecklistRule {
  code: string;
  label: string;
  finding: string;
  severity: SafetySeverity;
  guidance: string;
}

export function emptyForm(idempotencyKey: string): DefaultValues<ReferralFormValues> {
  return {
    idempotencyKey,
    intake: {
      patientName: "",
      dateOfBirth: "",
      mrn: "",
      pregnant: false,
      pregnancyWeeks: null,
      prenatalTrainedTherapist: false,
      complaint: "",
      painLocations: [],
      duration: "",
      painIntensity: null,
      goals: "",
      safetyFindings: [],
      dismissedFindings: [],
      medications: "",
      notes: "",
    },
    conditionSlug: "",
    finalDose: { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null },
    status: "final",
    suggestedFor: "",
  };
}

/** The form filled in from a reopened draft or a referral being amended: everything as it was saved. */
export function formFromReferral(idempotencyKey: string, start: ReferralEditStart): DefaultValues<ReferralFormValues> {
  const empty = emptyForm(idempotencyKey);
  return {
    ...empty,
    intake: { ...start.intake, sex: start.intake.sex === "" ? undefined : start.intake.sex },
    conditionSlug: start.conditionSlug,
    finalDose: start.finalDose,
    overrideReason: start.overrideReason ?? undefined,
    overrideNote: start.overrideNote,
    deferOverrideNote: start.deferOverrideNote,
    status: "final",
    edit: start.kind === "draft" ? { kind: "draft", id: start.id } : { kind: "amend", id: start.id, reason: "" },
  };
}

/**
 * The figures the dose editor starts from: each single figure of the evidence, and nothing for a range,
 * which the clinician narrows on purpose (never silently its minimum). The total follows from frequency
 * × weeks when both are set (the dose model's rule), else the evidence's single total.
 */
export function startingDose(card: SuggestionCard): DoseInput {
  const single = (range: DoseRange) => (range !== null && range.min === range.max ? range.min : null);
  return completeChosenDose({
    minutesPerSession: single(card.dose.minutesPerSession),
    sessionsPerWeek: single(card.dose.sessionsPerWeek),
    weeks: single(card.dose.weeks),
    totalSessions: single(card.dose.totalSessions),
  });
}

export function suggestionContext(card: SuggestionCard | null): ReferralSuggestionContext {
  return { suggestedDose: card?.recommendationId ? card.dose : null, blocked: card?.blocked ?? false };
}

/** "" and NaN from an emptied number input become null, which the schema reads as "not given". */
export function numberOrNull(value: unknown): number | null {
  if (value === "" || value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isNaN(n) ? null : n;
}

/** "" from a select's empty option becomes undefined, which the schema reads as "not chosen". */
export function textOrUndefined(value: unknown): string | undefined {
  return value === "" || value === null || value === undefined ? undefined : String(value);
}

/**
 * Where the save and suggest actions' error paths land on the intake form. Keys are zod paths of the same
 * schema as the form's field names ("intake.complaint"); `prefix` maps an action that parsed only the
 * intake onto the `intake` branch, and `only` keeps the paths under one branch. "form" and the
 * idempotency key are no field: they are said as the form's message.
 */
export function intakeFieldTarget({ prefix = "", only }: { prefix?: string; only?: string } = {}): FieldTarget {
  return (key, message) => {
    if (key === "form" || key === "idempotencyKey" || (only !== undefined && !key.startsWith(only))) return null;
    return { name: `${prefix}${key}`, message };
  };
}

/** What the Save area says will be saved: the condition and the dose in the sheet's own words. */
export function saveSummary(conditionName: string, dose: DoseInput): string {
  return `${conditionName}: ${formatChosenDoseLine(dose)}`;
}

/** What the autosave sends: the intake as typed and the referral choice so far (autosaved-form.ts). */
export function autosavePayload(v: ReferralFormValues): { intake: ReferralFormValues["intake"]; choice: AutosavedChoice } {
  return {
    intake: v.intake,
    choice: {
      conditionSlug: v.conditionSlug ?? "",
      finalDose: {
        minutesPerSession: numberOrNull(v.finalDose?.minutesPerSession),
        sessionsPerWeek: numberOrNull(v.finalDose?.sessionsPerWeek),
        weeks: numberOrNull(v.finalDose?.weeks),
        totalSessions: numberOrNull(v.finalDose?.totalSessions),
      },
      overrideReason: overrideReasonCodes.find((c) => c === v.overrideReason) ?? null,
      overrideNote: v.overrideNote ?? "",
      deferOverrideNote: v.deferOverrideNote ?? "",
      status: v.status === "draft" ? "draft" : "final",
      amendReason: v.edit?.kind === "amend" ? (v.edit.reason ?? "") : "",
    },
  };
}

/**
 * The form's values after "Restore": everything autosaved, over the form as it opened (its submission
 * key, and the referral it edits, whose amendment reason is the one typed). The chosen condition is
 * chosen again once Suggest shows its card, with the dose as it was edited.
 */
export function formFromAutosave(current: ReferralFormValues, saved: AutosavedForm): DefaultValues<ReferralFormValues> {
  const { intake, choice } = saved;
  const amending = current.edit?.kind === "amend";
  return {
    ...current,
    intake: { ...intake, sex: intake.sex === "" ? undefined : intake.sex },
    conditionSlug: choice.conditionSlug,
    finalDose: choice.finalDose,
    overrideReason: choice.overrideReason ?? undefined,
    overrideNote: choice.overrideNote,
    deferOverrideNote: choice.deferOverrideNote,
    status: amending ? "final" : choice.status,
    edit: current.edit?.kind === "amend" ? { ...current.edit, reason: choice.amendReason } : current.edit,
  };
}
