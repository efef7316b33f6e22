"use server";

import { requireClinician } from "@/lib/auth/current-user";
import { saveIntakeDraft } from "@/lib/data/intake-drafts";
import { saveIntakeDraftSchema } from "@/lib/schemas/intake-autosave";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * The form's debounced autosave: creates or updates the clinician's own intake draft, for a new intake or
 * for the one referral of theirs being edited or amended (anyone else's, or one not in that state, is
 * refused as unknown, so ids cannot be probed).
 */
export async function saveIntakeDraftAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireClinician();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = saveIntakeDraftSchema.safeParse(input);
  if (!parsed.success) return fail("The intake could not be autosaved", fieldErrorsFrom(parsed.error.issues));
  const { id: draft, referral, intake, choice } = parsed.data;
  // No audit event per keystroke batch: the draft is the clinician's own typing, read back only by them
  // (restoring it is audited by the page that offers it).
  const scope = referral ? { kind: referral.kind, referralId: referral.id } : null;
  const id = await saveIntakeDraft(user.id, draft, scope, JSON.stringify({ intake, choice: choice ?? {} }));
  if (id === null) return fail("Referral not found");
  return ok({ id });
}
