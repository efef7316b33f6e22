import type { Sex } from "@/lib/schemas/intake";
import type { DoseInput, OverrideReason } from "@/lib/schemas/referral";

/** The intake form's values as the form holds them (text fields as "", not undefined). */
export interface IntakeFormValues {
  patientName: string;
  dateOfBirth: string;
  sex: Sex | "";
  mrn: string;
  pregnant: boolean;
  pregnancyWeeks: number | null;
  prenatalTrainedTherapist: boolean;
  complaint: string;
  painLocations: string[];
  duration: string;
  painIntensity: number | null;
  goals: string;
  safetyFindings: string[];
  /** Text findings the clinician unticked, each with the reason. */
  dismissedFindings: { code: string; reason: string }[];
  medications: string;
  notes: string;
}

/**
 * What the intake form opens with when a saved referral is reopened: a draft to edit and finish, or a
 * final/sent referral to amend (the form then asks for the amendment's reason). Plain data, safe to pass
 * from the server page to the client form.
 */
export interface ReferralEditStart {
  kind: "draft" | "amend";
  id: string;
  createdAt: string;
  intake: IntakeFormValues;
  conditionSlug: string;
  conditionName: string;
  finalDose: DoseInput;
  overrideReason: OverrideReason | null;
  overrideNote: string;
  deferOverrideNote: string;
}

const text = (v: unknown) => (typeof v === "string" ? v : "");
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const sexes: readonly Sex[] = ["female", "male", "intersex", "unknown"];

function dismissals(v: unknown): { code: string; reason: string }[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((d) => {
    const o = typeof d === "object" && d !== null ? (d as Record<string, unknown>) : {};
    return typeof o.code === "string" ? [{ code: o.code, reason: text(o.reason) }] : [];
  });
}

/** A stored intake (validated JSON when saved, perhaps of an older shape) as the form's values. */
export function intakeFormValues(stored: unknown): IntakeFormValues {
  const o = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    patientName: text(o.patientName),
    dateOfBirth: text(o.dateOfBirth),
    sex: sexes.find((s) => s === o.sex) ?? "",
    mrn: text(o.mrn),
    pregnant: o.pregnant === true,
    pregnancyWeeks: num(o.pregnancyWeeks),
    prenatalTrainedTherapist: o.prenatalTrainedTherapist === true,
    complaint: text(o.complaint),
    painLocations: list(o.painLocations),
    duration: text(o.duration),
    painIntensity: num(o.painIntensity),
    goals: text(o.goals),
    safetyFindings: list(o.safetyFindings),
    dismissedFindings: dismissals(o.dismissedFindings),
    medications: text(o.medications),
    notes: text(o.notes),
  };
}
