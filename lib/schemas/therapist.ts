import { z } from "zod";
import { trainingTags } from "@/lib/domain/referral-loop/training";

const text = (max: number, label: string) => z.string().trim().max(max, `${label}: at most ${max} characters`);

/**
 * A therapist directory entry, shared by the admin form (zodResolver) and saveTherapistAction (safeParse).
 * Languages are typed as one comma-separated line and stored as a list.
 */
export const therapistSchema = z.object({
  name: text(120, "Name").min(1, "Enter the therapist's name"),
  practice: text(160, "Practice"),
  address: text(300, "Address"),
  phone: text(40, "Phone"),
  email: z.string().trim().toLowerCase().min(1, "Enter an email address").max(254).email("Enter a valid email address"),
  licence: text(120, "Credentials and licence"),
  training: z
    .array(z.enum(trainingTags, { error: "Choose training from the list" }))
    .max(trainingTags.length)
    .default([]),
  languages: text(300, "Languages").default(""),
  acceptingNewPatients: z.boolean().default(true),
  active: z.boolean().default(true),
});
export type TherapistInput = z.input<typeof therapistSchema>;
export type TherapistValues = z.output<typeof therapistSchema>;

export const saveTherapistSchema = therapistSchema.extend({ id: z.string().trim().max(64).optional() });

/** "English, Spanish ,  , français" → ["English", "Spanish", "français"] (order kept, repeats dropped). */
export function languageList(line: string): string[] {
  const seen = new Set<string>();
  return line
    .split(",")
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
}
