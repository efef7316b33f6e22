"use server";

import { z } from "zod";
import { requireClinician } from "@/lib/auth/current-user";
import { saveIntakeDraft } from "@/lib/data/intake-drafts";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

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
const typedIntakeSchema = z.object({
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

const saveIntakeDraftSchema = z.object({ id: draftId.nullable(), intake: typedIntakeSchema.strip() });

/** The form's debounced autosave: creates or updates the clinician's own intake draft. */
export async function saveIntakeDraftAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireClinician();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = saveIntakeDraftSchema.safeParse(input);
  if (!parsed.success) return fail("The intake could not be autosaved", fieldErrorsFrom(parsed.error.issues));
  // No audit event per keystroke batch: the draft is the clinician's own typing, read back only by them
  // (restoring it is audited by the page that offers it).
  const id = await saveIntakeDraft(user.id, parsed.data.id, JSON.stringify(parsed.data.intake));
  return ok({ id });
}
