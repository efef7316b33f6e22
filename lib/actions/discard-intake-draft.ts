"use server";

import { z } from "zod";
import { requireClinician } from "@/lib/auth/current-user";
import { deleteIntakeDraft } from "@/lib/data/intake-drafts";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "./action-result";

const discardIntakeDraftSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown draft"),
});

/** "Discard" on the restore notice, and after the referral is saved: the draft is deleted. */
export async function discardIntakeDraftAction(input: unknown): Promise<ActionResult<{ deleted: boolean }>> {
  const user = await requireClinician();
  const parsed = discardIntakeDraftSchema.safeParse(input);
  if (!parsed.success) return fail("Unknown draft", fieldErrorsFrom(parsed.error.issues));
  return ok({ deleted: await deleteIntakeDraft(user.id, parsed.data.id) });
}
