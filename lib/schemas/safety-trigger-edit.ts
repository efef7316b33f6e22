import { z } from "zod";
import { BUILT_IN_EMERGENCY_CODES } from "@/lib/domain/safety/rule-codes";
import { safetySeverities, safetyTriggerSchema, type SafetyTrigger } from "./safety-rule";

/**
 * How an admin edits what makes a curated safety rule apply: its text triggers, as the form holds them
 * (one phrase per line), parsed into exactly safetyTriggerSchema. What the data model allows is editable:
 * the words and phrases, the words that stop a trigger ("unless": any mention anywhere in the intake, e.g.
 * "explained by cancer"), the words that may not follow a phrase ("ICD-10" is not an ICD), the words that
 * must also be present, and a different severity, instruction or patient text when this trigger fires.
 * Negation, history and relatives' mentions ("no DVT", "history of", "mother had") are the text scanner's
 * for every rule (lib/domain/safety/text-scan.ts), not a rule's setting. A numeric reading or a minimum
 * age, where a trigger has one, is kept as the seed set it (its threshold cites a source).
 *
 * Built-in emergencies (cauda equina, thunderclap headache…) are not curated data at all, so nothing here
 * can weaken one; a curated rule may not take a built-in code either.
 */

const split = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
const lines = (text: string) => split(text, /\r?\n/);

const phraseList = (what: string) =>
  z
    .string()
    .max(20_000, `Keep the ${what} under 20,000 characters`)
    .transform(lines)
    .pipe(z.array(z.string().max(300, "Each phrase must be 300 characters or fewer")).max(300, `At most 300 ${what}`));

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `Keep it under ${max} characters`)
    .transform((s) => (s.trim() === "" ? undefined : s.trim()));

export const triggerFormSchema = z
  .object({
    label: safetyTriggerSchema.shape.label,
    phrases: phraseList("phrases"),
    unless: phraseList("phrases"),
    /** Words, one per line or separated by commas. */
    notFollowedBy: z
      .string()
      .max(2000)
      .transform((t) => split(t, /[\n,]/))
      .pipe(z.array(z.string().max(40, "Each word must be 40 characters or fewer")).max(20, "At most 20 words")),
    /** One group per line; a group's alternatives separated by ";". */
    requiresAll: z
      .string()
      .max(10_000)
      .transform((t) => lines(t).map((line) => split(line, /;/)))
      .pipe(z.array(z.array(z.string().max(300)).max(300)).max(5, "At most 5 groups")),
    severity: z.union([z.literal(""), z.enum(safetySeverities)]).transform((s) => (s === "" ? undefined : s)),
    guidance: optionalText(1000),
    patientText: optionalText(600),
    reading: safetyTriggerSchema.shape.reading,
    minAge: safetyTriggerSchema.shape.minAge,
  })
  .transform((t): SafetyTrigger => {
    const out: SafetyTrigger = {
      label: t.label,
      phrases: t.phrases,
      requiresAll: t.requiresAll,
      unless: t.unless,
      notFollowedBy: t.notFollowedBy,
    };
    if (t.reading) out.reading = t.reading;
    if (t.minAge !== undefined) out.minAge = t.minAge;
    if (t.severity) out.severity = t.severity;
    if (t.guidance) out.guidance = t.guidance;
    if (t.patientText) out.patientText = t.patientText;
    return out;
  })
  .refine((t) => t.phrases.length > 0 || t.reading !== undefined || t.minAge !== undefined, {
    message: "A trigger needs at least one phrase (one per line)",
    path: ["phrases"],
  });

export type TriggerFormInput = z.input<typeof triggerFormSchema>;

export const NEW_TRIGGER: TriggerFormInput = {
  label: "",
  phrases: "",
  unless: "",
  notFollowedBy: "",
  requiresAll: "",
  severity: "",
  guidance: "",
  patientText: "",
};

export function triggerToForm(t: SafetyTrigger): TriggerFormInput {
  return {
    label: t.label,
    phrases: t.phrases.join("\n"),
    unless: t.unless.join("\n"),
    notFollowedBy: t.notFollowedBy.join(", "),
    requiresAll: t.requiresAll.map((group) => group.join("; ")).join("\n"),
    severity: t.severity ?? "",
    guidance: t.guidance ?? "",
    patientText: t.patientText ?? "",
    ...(t.reading ? { reading: t.reading } : {}),
    ...(t.minAge !== undefined ? { minAge: t.minAge } : {}),
  };
}

export const BUILT_IN_CODE_REFUSED = "This code belongs to a built-in emergency stop, which is not curated and cannot be changed here";

/** A curated rule's code: never one of the built-in emergencies' (the engine would ignore it anyway). */
export const notBuiltInCode = (code: string) => !BUILT_IN_EMERGENCY_CODES.includes(code);
