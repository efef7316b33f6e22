import { z } from "zod";
import { chosenDoseProblems } from "@/lib/domain/dose/dose";
import { formatRange } from "@/lib/domain/dose/dose-words";
import { intakeSchema } from "@/lib/schemas/intake";
import {
  doseFields,
  MIN_AMEND_REASON,
  MIN_DEFER_OVERRIDE_NOTE,
  MIN_OVERRIDE_NOTE,
  overrideReasonCodes,
  referralStatuses,
  validateDoseChange,
  type DoseChangeErrors,
  type OverrideReason,
  type SuggestedDose,
  unchosenRangeFields,
} from "@/lib/schemas/labels/referral";

// The zod-free parts (labels, statuses, dose-change rules) live in labels/referral so that client pages
// showing a status label do not load zod; re-exported here for the server code and the form.
export {
  amendableStatuses,
  canTransition,
  changedDoseFields,
  doseFields,
  MIN_AMEND_REASON,
  MIN_CANCEL_REASON,
  MIN_DEFER_OVERRIDE_NOTE,
  MIN_OVERRIDE_NOTE,
  nextStatuses,
  overrideReasonCodes,
  overrideReasonLabels,
  referralStatusLabels,
  referralStatuses,
  validateDoseChange,
  type DoseChangeErrors,
  type DoseField,
  type OverrideReason,
  type ReferralStatus,
  type SuggestedDose,
  unchosenRangeFields,
} from "@/lib/schemas/labels/referral";

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
 * Sessions per week come in halves (0.5 = every other week); the others are whole numbers. The figures
 * must make one consistent course (chosenDoseProblems: total = sessions per week × weeks).
 */
export const doseFiguresSchema = z.object({
  minutesPerSession: doseFigure("Minutes per session", 240, true),
  sessionsPerWeek: doseFigure("Sessions per week", 14, false),
  weeks: doseFigure("Number of weeks", 104, true),
  totalSessions: doseFigure("Total sessions", 500, true),
});
/** What a save accepts: the figures, consistent with each other. */
export const doseInputSchema = doseFiguresSchema.superRefine((dose, ctx) => {
  for (const problem of chosenDoseProblems(dose)) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
});
export type DoseInput = z.infer<typeof doseInputSchema>;
const optionalNote = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-US")} characters or fewer`)
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v));

const referralIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "Referral not found");

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
  /** Saving over an existing referral: re-saving a draft, or amending a final/sent one with a reason. */
  edit: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("draft"), id: referralIdSchema }),
      z.object({
        kind: z.literal("amend"),
        id: referralIdSchema,
        reason: z
          .string({ error: "Give the reason for the amendment" })
          .trim()
          .min(MIN_AMEND_REASON, `Give the reason for the amendment (at least ${MIN_AMEND_REASON} characters)`)
          .max(1000, "The reason must be 1,000 characters or fewer"),
      }),
    ])
    .optional(),
  /** intakeFingerprint() of the intake the chosen suggestion was made from (returned by Suggest). */
  suggestedFor: z.string({ error: "Press Suggest before saving" }).regex(/^[0-9a-f]{16}$/, "Press Suggest before saving"),
});

const doseUnits = { minutesPerSession: "minute", sessionsPerWeek: "session", weeks: "week", totalSessions: "session" } as const;

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
  // A range in the evidence is narrowed by the clinician, never silently its minimum.
  if (context && v.status === "final") {
    for (const field of unchosenRangeFields(context.suggestedDose, v.finalDose)) {
      const range = context.suggestedDose?.[field] ?? null;
      ctx.addIssue({
        code: "custom",
        path: ["finalDose", field],
        message: `The evidence gives ${formatRange(range, doseUnits[field])}${field === "sessionsPerWeek" ? " a week" : ""}: enter the figure for this patient`,
      });
    }
  }
  // A final referral goes to a therapist, who needs at least one figure to book against.
  if (v.status === "final" && doseFields.every((f) => v.finalDose[f] === null)) {
    ctx.addIssue({
      code: "custom",
      path: ["finalDose", "minutesPerSession"],
      message: "Enter at least one dose figure before saving as final",
    });
  }
  // An amendment replaces a referral in force, so it is itself a referral in force.
  if (v.edit?.kind === "amend" && v.status !== "final") {
    ctx.addIssue({ code: "custom", path: ["status"], message: "An amendment replaces a final referral: save it as final" });
  }
  // A draft is not a referral yet: the override is asked for when it is made final.
  if (context?.blocked && v.status === "final" && (v.deferOverrideNote ?? "").length < MIN_DEFER_OVERRIDE_NOTE) {
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
