import { z } from "zod";

/** What the intake form's autosave (saveIntakeDraftAction) accepts. */

const draftId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown draft");
const text = (max: number) => z.string().max(max).optional();

/**
 * What the autosave keeps: the intake as typed, not validated (a half-filled form must be kept too),
 * but bounded, so the endpoint cannot be used to store anything else or anything large. A complaint over
 * the 2,000-character limit is kept whole (up to 10,000) so the clinician can shorten it.
 */
export const typedIntakeSchema = z.object({
  patientName: text(200),
  dateOfBirth: text(20),
  sex: text(20),
  mrn: text(60),
  pregnant: z.boolean().optional(),
  pregnancyWeeks: z.number().nullable().optional(),
  prenatalTrainedTherapist: z.boolean().optional(),
  complaint: text(10_000),
  painLocations: z.array(z.string().max(60)).max(30).optional(),
  duration: text(200),
  painIntensity: z.number().nullable().optional(),
  goals: text(2000),
  safetyFindings: z.array(z.string().max(60)).max(60).optional(),
  dismissedFindings: z
    .array(z.object({ code: z.string().max(60), reason: z.string().max(600) }))
    .max(60)
    .optional(),
  medications: text(2000),
  notes: text(4000),
});

const figure = z.number().nullable().optional();

/** The referral part of the form as chosen and typed so far (autosaved-form.ts reads it back). */
export const typedChoiceSchema = z.object({
  conditionSlug: text(100),
  finalDose: z.object({ minutesPerSession: figure, sessionsPerWeek: figure, weeks: figure, totalSessions: figure }).strip().optional(),
  overrideReason: text(60).nullable(),
  overrideNote: text(2000),
  deferOverrideNote: text(2000),
  status: text(10),
  amendReason: text(2000),
});

export const saveIntakeDraftSchema = z.object({
  id: draftId.nullable(),
  /** The saved referral this form edits (a draft reopened, or a referral being amended); absent for a new intake. */
  referral: z
    .object({ kind: z.enum(["draft", "amend"]), id: draftId })
    .nullable()
    .optional(),
  intake: typedIntakeSchema.strip(),
  choice: typedChoiceSchema.strip().optional(),
});
