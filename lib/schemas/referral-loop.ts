import { z } from "zod";
import {
  adverseSeverities,
  PGIC_MAX,
  PGIC_MIN,
  pressureLevels,
  SCORE_MAX,
  SCORE_MIN,
  scoreTimepoints,
  toleranceLevels,
} from "@/lib/domain/referral-loop/vocabulary";

/** The closed loop's inputs, shared by the therapist's forms (zodResolver) and the actions (safeParse). */
const id = z.string().trim().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date (YYYY-MM-DD)");
const idempotencyKey = z.string().trim().min(8).max(64);
const shortList = (label: string) =>
  z
    .array(z.string().trim().min(1).max(80, `${label}: at most 80 characters each`))
    .max(20, `${label}: at most 20`)
    .default([]);

export const sendReferralSchema = z.object({ referralId: id, therapistId: id });

export const respondToReferralSchema = z
  .object({
    dispatchId: id,
    answer: z.enum(["accept", "decline"], { error: "Choose accept or decline" }),
    reason: z.string().trim().max(500, "At most 500 characters").default(""),
  })
  // The clinician sees the reason and must find someone else: a decline without one helps nobody.
  .refine((v) => v.answer !== "decline" || v.reason.length >= 5, {
    path: ["reason"],
    message: "Give the reason for declining (at least 5 characters)",
  });

const score = (label: string) =>
  z
    .number({ error: `${label}: enter a whole number from ${SCORE_MIN} to ${SCORE_MAX}` })
    .int(`${label}: enter a whole number from ${SCORE_MIN} to ${SCORE_MAX}`)
    .min(SCORE_MIN, `${label}: enter a whole number from ${SCORE_MIN} to ${SCORE_MAX}`)
    .max(SCORE_MAX, `${label}: enter a whole number from ${SCORE_MIN} to ${SCORE_MAX}`);

export const adverseEventSchema = z.object({
  severity: z.enum(adverseSeverities, { error: "Choose the severity" }),
  description: z.string().trim().min(3, "Describe what happened").max(1000, "At most 1000 characters"),
});

export const logSessionSchema = z.object({
  dispatchId: id,
  idempotencyKey,
  sessionDate: day,
  minutes: z
    .number({ error: "Minutes: enter a number" })
    .int("Minutes: a whole number")
    .min(5, "Minutes: at least 5")
    .max(240, "Minutes: at most 240"),
  techniques: shortList("Techniques"),
  areas: shortList("Areas"),
  pressure: z.enum(pressureLevels, { error: "Choose the pressure" }),
  tolerance: z.enum(toleranceLevels, { error: "Choose how it was tolerated" }),
  notes: z.string().trim().max(2000, "At most 2000 characters").default(""),
  adverseEvent: adverseEventSchema.nullable().default(null),
});
export type LogSessionInput = z.input<typeof logSessionSchema>;
export type LogSessionValues = z.output<typeof logSessionSchema>;

export const recordScoresSchema = z
  .object({
    dispatchId: id,
    idempotencyKey,
    sessionId: id.nullable().default(null),
    timepoint: z.enum(scoreTimepoints, { error: "Choose when the scores were taken" }),
    recordedOn: day,
    pain: score("Pain now"),
    pegPain: score("PEG average pain"),
    pegEnjoyment: score("PEG enjoyment of life"),
    pegActivity: score("PEG general activity"),
    pgic: z
      .number()
      .int()
      .min(PGIC_MIN, `Impression of change: choose ${PGIC_MIN} to ${PGIC_MAX}`)
      .max(PGIC_MAX, `Impression of change: choose ${PGIC_MIN} to ${PGIC_MAX}`)
      .nullable()
      .default(null),
  })
  .refine((v) => v.timepoint !== "first" || v.pgic === null, {
    path: ["pgic"],
    message: "No impression of change at the first session: nothing has changed yet",
  })
  .refine((v) => v.timepoint === "first" || v.pgic !== null, { path: ["pgic"], message: "Ask the patient's impression of change" });
export type RecordScoresInput = z.input<typeof recordScoresSchema>;
export type RecordScoresValues = z.output<typeof recordScoresSchema>;

export const dischargeSchema = z.object({
  dispatchId: id,
  note: z.string().trim().min(10, "Write a short discharge note (at least 10 characters)").max(2000, "At most 2000 characters"),
});

export const acknowledgeAdverseEventSchema = z.object({ id });
