import { z } from "zod";
import { ageFromDob, MAX_AGE_YEARS, parseIsoDate, sexValues } from "@/lib/schemas/labels/intake";
import { BUILT_IN_EMERGENCY_CODES } from "@/lib/domain/safety/rule-codes";

// The zod-free parts (sex and body-region labels, date-of-birth arithmetic) live in labels/intake so that
// client components showing them do not load zod; re-exported here for the server code.
export {
  ageFromDob,
  bodyRegions,
  isBodyRegion,
  MAX_AGE_YEARS,
  painLocationLabel,
  sexLabels,
  sexValues,
  type BodyRegion,
  type Sex,
} from "@/lib/schemas/labels/intake";

/**
 * The intake form, shared by the react-hook-form form (zodResolver) and the server actions (safeParse),
 * so the browser and the server refuse exactly the same input with the same words.
 * z.object strips unknown keys: nothing the client adds (clinicianId, status…) reaches a write.
 */

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// The browser and the server may disagree about "today": UTC+14 is the earliest time zone, so a date of
// birth entered as "today" anywhere on Earth is at most 14 hours ahead of UTC.
const LATEST_TIME_ZONE_MS = 14 * 60 * 60 * 1000;

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-US")} characters or fewer`)
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v));

const longText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-US")} characters or fewer`)
    .default("");

const safetyCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown safety finding");

export const DISMISSAL_REASON_MIN = 5;
export const DISMISSAL_REASON_REQUIRED =
  'Say why this finding does not apply to the patient now (e.g. "the patient said this was years ago")';
export const EMERGENCY_DISMISSAL_REFUSED =
  "An emergency red flag found in the text cannot be set aside here: arrange the urgent assessment, or correct the text if it is wrong";

/**
 * A finding the safety screen found in the free text (complaint, medications, notes) that the clinician
 * unticked: the reason is required, saved with the referral and printed on its sheet, and the screen then
 * no longer applies the finding (lib/domain/safety/engine.ts).
 */
const dismissedFindingSchema = z.object({
  code: safetyCodeSchema,
  reason: z
    .string({ error: DISMISSAL_REASON_REQUIRED })
    .trim()
    .min(1, { message: DISMISSAL_REASON_REQUIRED, abort: true })
    .min(DISMISSAL_REASON_MIN, `The reason must be at least ${DISMISSAL_REASON_MIN} characters`)
    .max(300, "The reason must be 300 characters or fewer"),
});
export type DismissedFindingInput = z.infer<typeof dismissedFindingSchema>;

const painLocationSchema = z
  .string()
  .trim()
  .min(1, "Pain location can't be empty")
  .max(60, "Each pain location must be 60 characters or fewer");

/** Build the schema against a clock, so tests can pin "today". */
export function makeIntakeSchema(now: () => Date = () => new Date()) {
  return (
    z
      .object({
        patientName: z
          .string({ error: "Enter the patient's name" })
          .trim()
          .min(1, { message: "Enter the patient's name", abort: true })
          .max(120, "Patient name must be 120 characters or fewer"),
        dateOfBirth: z
          .string({ error: "Enter the patient's date of birth" })
          .trim()
          .min(1, { message: "Enter the patient's date of birth", abort: true })
          .superRefine((value, ctx) => {
            if (value === "") return;
            if (!parseIsoDate(value)) {
              ctx.addIssue({ code: "custom", message: "Enter the date of birth as a real date (YYYY-MM-DD)" });
              return;
            }
            const clock = now();
            if (value > isoDay(new Date(clock.getTime() + LATEST_TIME_ZONE_MS))) {
              ctx.addIssue({ code: "custom", message: "Date of birth can't be in the future" });
              return;
            }
            const age = ageFromDob(value, clock);
            if (age !== null && age > MAX_AGE_YEARS) {
              ctx.addIssue({ code: "custom", message: `Date of birth gives an age over ${MAX_AGE_YEARS}; check the year` });
            }
          }),
        sex: z.enum(sexValues, { error: "Choose the patient's sex (or Unknown)" }),
        mrn: z
          .string({ error: "MRN must be text" })
          .trim()
          .max(40, "MRN must be 40 characters or fewer")
          .regex(/^[A-Za-z0-9-]*$/, "MRN may contain only letters, digits and hyphens")
          .optional()
          .transform((v) => (v === undefined || v === "" ? undefined : v)),
        pregnant: z.boolean({ error: "Say whether the patient is pregnant" }).default(false),
        /**
         * The referrer states that the therapist this pregnant patient will see is prenatal-trained, so the
         * modalities that need that training (Thai massage, deep abdominal work) are not left out; the
         * referral may then be sent only to a prenatal-trained therapist.
         */
        prenatalTrainedTherapist: z.boolean({ error: "Say whether the therapist is prenatal-trained" }).optional(),
        // null as well as undefined: an emptied number input in the form becomes null, not a refusal.
        pregnancyWeeks: z
          .number({ error: "Weeks of pregnancy must be a number" })
          .int("Weeks of pregnancy must be a whole number")
          .min(1, "Weeks of pregnancy must be between 1 and 42")
          .max(42, "Weeks of pregnancy must be between 1 and 42")
          .nullable()
          .optional(),
        complaint: z
          .string({ error: "Describe the complaint" })
          .trim()
          .min(1, { message: "Describe the complaint", abort: true })
          .min(3, "Complaint must be at least 3 characters")
          .max(2000, "Complaint must be 2,000 characters or fewer"),
        painLocations: z
          .array(painLocationSchema, { error: "Pain locations must be a list" })
          .max(20, "Choose at most 20 pain locations")
          .default([])
          .transform((list) => [...new Set(list)]),
        duration: optionalText(120, "Duration"),
        painIntensity: z
          .number({ error: "Pain intensity must be a number from 0 to 10" })
          .int("Pain intensity must be a whole number from 0 to 10")
          .min(0, "Pain intensity must be a number from 0 to 10")
          .max(10, "Pain intensity must be a number from 0 to 10")
          .nullable()
          .optional(),
        goals: longText(1000, "Goals"),
        safetyFindings: z
          .array(safetyCodeSchema, { error: "Safety findings must be a list" })
          .max(50, "Too many safety findings")
          .default([])
          .transform((list) => [...new Set(list)]),
        dismissedFindings: z
          .array(dismissedFindingSchema, { error: "Dismissed findings must be a list" })
          .max(50, "Too many dismissed findings")
          .default([]),
        medications: longText(1000, "Medications"),
        notes: longText(2000, "Notes"),
      })
      .superRefine((v, ctx) => {
        if (v.pregnant && v.sex === "male") {
          ctx.addIssue({
            code: "custom",
            path: ["pregnant"],
            message: "Pregnancy can't be recorded when sex is Male: change the sex or untick pregnant",
          });
        }
        const seen = new Set<string>();
        v.dismissedFindings.forEach((d, i) => {
          // The built-in emergency stops are not curated and never optional (lib/domain/safety/built-in-rules.ts).
          if (BUILT_IN_EMERGENCY_CODES.includes(d.code))
            ctx.addIssue({ code: "custom", path: ["dismissedFindings", i, "reason"], message: EMERGENCY_DISMISSAL_REFUSED });
          else if (v.safetyFindings.includes(d.code)) {
            ctx.addIssue({
              code: "custom",
              path: ["dismissedFindings", i, "reason"],
              message: "This finding is both ticked and set aside: keep it ticked or untick it",
            });
          } else if (seen.has(d.code))
            ctx.addIssue({ code: "custom", path: ["dismissedFindings", i, "code"], message: "This finding is set aside twice" });
          seen.add(d.code);
        });
        if (v.pregnant && (v.pregnancyWeeks === undefined || v.pregnancyWeeks === null)) {
          ctx.addIssue({ code: "custom", path: ["pregnancyWeeks"], message: "Enter the weeks of pregnancy" });
        }
      })
      // Weeks left in the form after "pregnant" is unticked are dropped, not refused: the field is hidden
      // then, and an error on a hidden field cannot be fixed.
      .transform((v) => ({
        ...v,
        pregnancyWeeks: v.pregnant ? (v.pregnancyWeeks ?? null) : null,
        // Only a pregnancy makes the therapist's prenatal training matter; a tick left after "pregnant" is
        // unticked is dropped like the weeks.
        prenatalTrainedTherapist: v.pregnant && v.prenatalTrainedTherapist === true,
        painIntensity: v.painIntensity ?? null,
      }))
  );
}

export const intakeSchema = makeIntakeSchema();

/** Validated intake (what the actions and the domain receive). */
export type IntakeInput = z.infer<typeof intakeSchema>;
/** What the form holds before validation. */
export type IntakeFormValues = z.input<typeof intakeSchema>;
