import { z } from "zod";
import type { DoseRange } from "@/lib/schemas/evidence";
import { intakeSchema } from "@/lib/schemas/intake";

/**
 * Saving a referral and moving it through its life. The form and createReferralAction share these;
 * the action adds what only it knows (the suggested dose, whether safety deferred) through
 * createReferralSchemaFor().
 */

const doseFigure = (label: string, max: number, wholeNumber: boolean) => {
  const base = z
    .number({ error: `${label} must be a number` })
    .positive(`${label} must be more than 0`)
    .max(max, `${label} must be ${max} or fewer`);
  return (wholeNumber ? base.int(`${label} must be a whole number`) : base).nullable();
};

/**
 * The dose the clinician settles on: one figure per field (not a range), null = not specified.
 * Sessions per week may be fractional (0.5 = every other week); the others are whole numbers.
 */
export const doseInputSchema = z.object({
  minutesPerSession: doseFigure("Minutes per session", 240, true),
  sessionsPerWeek: doseFigure("Sessions per week", 14, false),
  weeks: doseFigure("Number of weeks", 104, true),
  totalSessions: doseFigure("Total sessions", 500, true),
});
export type DoseInput = z.infer<typeof doseInputSchema>;
export type DoseField = keyof DoseInput;
export const doseFields: readonly DoseField[] = ["minutesPerSession", "sessionsPerWeek", "weeks", "totalSessions"];

/** A suggested dose as the evidence states it: ranges, null = not established (same shape as the domain Dose). */
export interface SuggestedDose {
  minutesPerSession: DoseRange;
  sessionsPerWeek: DoseRange;
  weeks: DoseRange;
  totalSessions: DoseRange;
}

export const overrideReasonCodes = [
  "patient-preference",
  "cost-or-access",
  "comorbidity",
  "clinical-judgement",
  "other",
] as const;
export type OverrideReason = (typeof overrideReasonCodes)[number];
export const overrideReasonLabels: Record<OverrideReason, string> = {
  "patient-preference": "Patient preference",
  "cost-or-access": "Cost or access",
  comorbidity: "Comorbidity",
  "clinical-judgement": "Clinical judgement",
  other: "Other",
};

export const referralStatuses = ["draft", "final", "sent", "completed", "cancelled"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const referralStatusLabels: Record<ReferralStatus, string> = {
  draft: "Draft",
  final: "Final",
  sent: "Sent",
  completed: "Completed",
  cancelled: "Cancelled",
};

const transitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  draft: ["final", "cancelled"],
  final: ["sent", "cancelled"],
  sent: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

/** Statuses a referral in `from` may move to; empty for the terminal ones. */
export function nextStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return transitions[from];
}

/** draft → final → sent → completed, and any non-terminal status → cancelled. */
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
export function changedDoseFields(suggested: SuggestedDose | null, final: DoseInput): DoseField[] {
  if (!suggested) return [];
  return doseFields.filter((field) => {
    const range = suggested[field];
    const value = final[field];
    if (range === null) return false;
    return value === null || value < range.min || value > range.max;
  });
}

export type DoseChangeErrors = Partial<Record<"overrideReason" | "overrideNote", string>>;

/** Field errors for a dose change: any departure from the suggestion needs a coded reason and a note. */
export function validateDoseChange(
  suggested: SuggestedDose | null,
  final: DoseInput,
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

const optionalNote = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-US")} characters or fewer`)
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v));

const createReferralObject = z.object({
  idempotencyKey: z.uuid({ error: "Missing or invalid submission key; reload the page and try again" }),
  intake: intakeSchema,
  conditionSlug: z
    .string({ error: "Choose a condition" })
    .trim()
    .min(1, { message: "Choose a condition", abort: true })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown condition"),
  finalDose: doseInputSchema,
  overrideReason: z.enum(overrideReasonCodes, { error: "Choose a reason from the list" }).optional(),
  overrideNote: optionalNote(1000, "Reason for the change"),
  deferOverrideNote: optionalNote(1000, "Reason for referring despite the safety screen"),
  status: z.enum(["draft", "final"], { error: "Save as draft or final" }),
});

/** A reason and its note come together, whatever the suggestion was. */
function pairErrors(reason: OverrideReason | undefined, note: string | undefined): DoseChangeErrors {
  const errors: DoseChangeErrors = {};
  if (reason && (note ?? "").length < MIN_OVERRIDE_NOTE) {
    errors.overrideNote = `Explain the change from the suggested dose (at least ${MIN_OVERRIDE_NOTE} characters)`;
  }
  if (note && !reason) errors.overrideReason = "Choose a reason for changing the suggested dose";
  return errors;
}

type CreateReferralValues = z.output<typeof createReferralObject>;

function addReferralIssues(v: CreateReferralValues, ctx: z.RefinementCtx, context: ReferralSuggestionContext | null) {
  // One message per field even when both rules object to it.
  const errors: DoseChangeErrors = {
    ...(context ? validateDoseChange(context.suggestedDose, v.finalDose, v.overrideReason, v.overrideNote) : {}),
    ...pairErrors(v.overrideReason, v.overrideNote),
  };
  for (const [field, message] of Object.entries(errors)) {
    ctx.addIssue({ code: "custom", path: [field], message });
  }
  // A final referral goes to a therapist, who needs at least one figure to book against.
  if (v.status === "final" && doseFields.every((f) => v.finalDose[f] === null)) {
    ctx.addIssue({ code: "custom", path: ["finalDose", "minutesPerSession"], message: "Enter at least one dose figure before saving as final" });
  }
  if (context?.blocked && (v.deferOverrideNote ?? "").length < MIN_DEFER_OVERRIDE_NOTE) {
    ctx.addIssue({
      code: "custom",
      path: ["deferOverrideNote"],
      message: `The safety screen advises against referral now. To refer anyway, record why (at least ${MIN_DEFER_OVERRIDE_NOTE} characters)`,
    });
  }
}

export interface ReferralSuggestionContext {
  /** The dose of the chosen suggestion card; null when no dose was suggested. */
  suggestedDose: SuggestedDose | null;
  /** True when the safety screen deferred the referral (a defer-level finding or red flag). */
  blocked: boolean;
}

/** What the form can check on its own (it may not know the suggestion the server will recompute). */
export const createReferralSchema = createReferralObject.superRefine((v, ctx) => addReferralIssues(v, ctx, null));
export type CreateReferralInput = z.infer<typeof createReferralSchema>;
export type CreateReferralFormValues = z.input<typeof createReferralSchema>;

/**
 * The schema the action parses with once it has recomputed the suggestion on the server: a changed dose
 * needs a reason, and a deferred referral needs the clinician's written override to be saved.
 */
export function createReferralSchemaFor(context: ReferralSuggestionContext) {
  return createReferralObject.superRefine((v, ctx) => addReferralIssues(v, ctx, context));
}

export const referralSearchSchema = z.object({
  query: z.string().trim().max(100, "Search must be 100 characters or fewer").default(""),
  // From the URL: "" and "all" mean no status filter.
  status: z.preprocess((v) => (v === "" || v === "all" ? undefined : v), z.enum(referralStatuses).optional()),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(10).max(50).default(20),
});
export type ReferralSearchInput = z.infer<typeof referralSearchSchema>;
