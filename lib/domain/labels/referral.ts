import type { DoseRange } from "@/lib/schemas/evidence";

/**
 * The zod-free half of lib/schemas/referral.ts (kept in the domain layer so domain code may use it): statuses and their labels, override reasons, and the
 * dose-change rules. Client pages that only show a label import this, so zod stays out of their bundle;
 * lib/schemas/referral.ts re-exports all of it for the schemas and the server.
 */

export type DoseField = "minutesPerSession" | "sessionsPerWeek" | "weeks" | "totalSessions";
/** One figure per dose field, null = not specified (the shape of DoseInput in ../referral). */
export type DoseFigures = Record<DoseField, number | null>;
export const doseFields: readonly DoseField[] = ["minutesPerSession", "sessionsPerWeek", "weeks", "totalSessions"];

/** A suggested dose as the evidence states it: ranges, null = not established (same shape as the domain Dose). */
export interface SuggestedDose {
  minutesPerSession: DoseRange;
  sessionsPerWeek: DoseRange;
  weeks: DoseRange;
  totalSessions: DoseRange;
}

export const overrideReasonCodes = ["patient-preference", "cost-or-access", "comorbidity", "clinical-judgement", "other"] as const;
export type OverrideReason = (typeof overrideReasonCodes)[number];
export const overrideReasonLabels: Record<OverrideReason, string> = {
  "patient-preference": "Patient preference",
  "cost-or-access": "Cost or access",
  comorbidity: "Comorbidity",
  "clinical-judgement": "Clinical judgement",
  other: "Other",
};

export const referralStatuses = ["draft", "final", "sent", "completed", "cancelled", "amended"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const referralStatusLabels: Record<ReferralStatus, string> = {
  draft: "Draft",
  final: "Final",
  sent: "Sent",
  completed: "Completed",
  cancelled: "Cancelled",
  amended: "Amended (replaced)",
};

/**
 * Status moves a button may make. A draft becomes final only by being saved again through the intake
 * form (so the final-only rules run: chosen ranges, the safety override), never by a status change;
 * "amended" is set only by saving an amendment (a new version) of a final or sent referral.
 */
const transitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  draft: ["cancelled"],
  final: ["sent", "cancelled"],
  sent: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
  amended: [],
};

/** Statuses whose referral can be amended (replaced by a new version with a reason). */
export const amendableStatuses: readonly ReferralStatus[] = ["final", "sent"];
export const MIN_AMEND_REASON = 10;
export const MIN_CANCEL_REASON = 5;

/** Statuses a referral in `from` may move to; empty for the terminal ones. */
export function nextStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return transitions[from];
}

/** final → sent → completed, and any non-terminal status → cancelled (see `transitions`). */
export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return transitions[from].includes(to);
}

export const MIN_OVERRIDE_NOTE = 5;
export const MIN_DEFER_OVERRIDE_NOTE = 10;

/**
 * Dose fields where the final figure departs from the suggestion. A figure inside a suggested range is
 * not a change, and filling in a figure the evidence leaves "not established" is not one either (there is
 * nothing to depart from); dropping a suggested figure is.
 */
export function changedDoseFields(suggested: SuggestedDose | null, final: DoseFigures): DoseField[] {
  if (!suggested) return [];
  return doseFields.filter((field) => {
    const range = suggested[field];
    const value = final[field];
    if (range === null) return false;
    return value === null || value < range.min || value > range.max;
  });
}

/**
 * Figures a final referral must state because the evidence gives a range for them: a range is narrowed
 * by the clinician on purpose, never collapsed to its minimum. A total that follows from frequency ×
 * weeks is not asked for.
 */
export function unchosenRangeFields(suggested: SuggestedDose | null, final: DoseFigures): DoseField[] {
  if (!suggested) return [];
  const derivedTotal = final.sessionsPerWeek !== null && final.weeks !== null;
  return doseFields.filter((field) => {
    const range = suggested[field];
    if (range === null || range.min === range.max || final[field] !== null) return false;
    return !(field === "totalSessions" && derivedTotal);
  });
}

export type DoseChangeErrors = Partial<Record<"overrideReason" | "overrideNote", string>>;

/** Field errors for a dose change. Every departure from the suggestion needs a coded reason and a note. */
export function validateDoseChange(
  suggested: SuggestedDose | null,
  final: DoseFigures,
  reason: OverrideReason | null | undefined,
  note: string | null | undefined,
): DoseChangeErrors {
  if (changedDoseFields(suggested, final).length === 0) return {};
  const errors: DoseChangeErrors = {};
  if (!reason) errors.overrideReason = "Choose a reason for changing the suggested dose";
  if ((note ?? "").trim().length < MIN_OVERRIDE_NOTE) {
    errors.overrideNote = `Explain the change from the suggested dose (at least ${MIN_OVERRIDE_NOTE} characters)`;
  }
  return errors;
}
