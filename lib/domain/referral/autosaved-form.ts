import { overrideReasonCodes, type OverrideReason } from "@/lib/domain/labels/referral";
import type { DoseInput } from "@/lib/schemas/referral";
import { intakeFormValues, type IntakeFormValues } from "./edit-start";

/**
 * What the intake's autosave keeps beside the intake itself: the clinician's choice on the referral part
 * of the form, so a reload restores the chosen condition, the dose as edited and every reason typed, not
 * only the intake. As typed, not validated: a half-made choice is kept too (the save action validates).
 */
export interface AutosavedChoice {
  /** The chosen condition; "" when none was chosen yet. */
  conditionSlug: string;
  finalDose: DoseInput;
  overrideReason: OverrideReason | null;
  overrideNote: string;
  deferOverrideNote: string;
  status: "draft" | "final";
  /** The reason typed for an amendment ("" outside an amendment). */
  amendReason: string;
}

export interface AutosavedForm {
  intake: IntakeFormValues;
  choice: AutosavedChoice;
}

export const NO_CHOICE: AutosavedChoice = {
  conditionSlug: "",
  finalDose: { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null },
  overrideReason: null,
  overrideNote: "",
  deferOverrideNote: "",
  status: "final",
  amendReason: "",
};

const text = (v: unknown) => (typeof v === "string" ? v : "");
const figure = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
const record = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {});

function choiceFrom(stored: unknown): AutosavedChoice {
  const o = record(stored);
  const dose = record(o.finalDose);
  return {
    conditionSlug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text(o.conditionSlug)) ? text(o.conditionSlug) : "",
    finalDose: {
      minutesPerSession: figure(dose.minutesPerSession),
      sessionsPerWeek: figure(dose.sessionsPerWeek),
      weeks: figure(dose.weeks),
      totalSessions: figure(dose.totalSessions),
    },
    overrideReason: overrideReasonCodes.find((r) => r === o.overrideReason) ?? null,
    overrideNote: text(o.overrideNote),
    deferOverrideNote: text(o.deferOverrideNote),
    status: o.status === "draft" ? "draft" : "final",
    amendReason: text(o.amendReason),
  };
}

/**
 * A stored autosave as the form's values. Autosaves written before the choice was kept hold the intake
 * alone, at the top level; they restore as an intake with nothing chosen.
 */
export function autosavedForm(stored: unknown): AutosavedForm {
  const o = record(stored);
  if (typeof o.intake !== "object" || o.intake === null) return { intake: intakeFormValues(stored), choice: NO_CHOICE };
  return { intake: intakeFormValues(o.intake), choice: choiceFrom(o.choice) };
}
