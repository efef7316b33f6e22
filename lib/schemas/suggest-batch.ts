import { z } from "zod";
import { parseIsoDate } from "@/lib/schemas/labels/intake";

/**
 * One input line of `npm run suggest -- FILE.jsonl`:
 * {"id", "complaint", "dob" (YYYY-MM-DD) or "age" (years), "sex", "pregnantWeeks"?, "prenatalTrainedTherapist"?, "findings"?, "medications"?, "notes"?}.
 * Errors name the field, so a bad line gets a clear message of its own and the other lines still run.
 */
const text = (label: string, max: number) =>
  z.string({ error: `${label} must be text` }).max(max, `${label} must be ${max} characters or fewer`);

export const suggestBatchLineSchema = z
  .object({
    id: z.union([z.string().max(200), z.number()], { error: "id must be a string or a number" }),
    complaint: text("complaint", 2000).trim().min(1, "complaint is empty"),
    dob: z
      .string({ error: "dob must be a YYYY-MM-DD string" })
      .refine((v) => parseIsoDate(v.trim()) !== null, "dob must be a real date as YYYY-MM-DD")
      .transform((v) => v.trim())
      .nullish(),
    age: z.number({ error: "age must be a number of years" }).min(0, "age must be 0 to 120").max(120, "age must be 0 to 120").nullish(),
    sex: z
      .string({ error: 'sex must be "female", "male", "other" or "unknown"' })
      .transform((v) => v.trim().toLowerCase())
      .pipe(z.enum(["female", "male", "other", "unknown"], { error: 'sex must be "female", "male", "other" or "unknown"' }))
      .nullish(),
    pregnantWeeks: z
      .number({ error: "pregnantWeeks must be a number" })
      .int("pregnantWeeks must be whole weeks")
      .min(0, "pregnantWeeks must be 0 to 42")
      .max(42, "pregnantWeeks must be 0 to 42")
      .nullish(),
    prenatalTrainedTherapist: z.boolean({ error: "prenatalTrainedTherapist must be true or false" }).nullish(),
    findings: z
      .array(z.string({ error: "findings must be rule codes (strings)" }).trim().min(1).max(80), {
        error: "findings must be a list of rule codes",
      })
      .max(50, "at most 50 findings")
      .nullish(),
    medications: text("medications", 1000).nullish(),
    notes: text("notes", 2000).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.sex === "male" && v.pregnantWeeks)
      ctx.addIssue({ code: "custom", path: ["pregnantWeeks"], message: "pregnantWeeks given but sex is male" });
  });

export type SuggestBatchLine = z.infer<typeof suggestBatchLineSchema>;
