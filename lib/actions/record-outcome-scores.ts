"use server";

import { revalidatePath } from "next/cache";
import { requireTherapist } from "@/lib/auth/current-user";
import { recordOutcomeScores } from "@/lib/data/therapist-referrals";
import { recordScoresSchema } from "@/lib/schemas/referral-loop";
import { fail, fieldErrorsFrom, refuseUnstorableText, type ActionResult } from "./action-result";
import { finishLoopWrite } from "./therapist-action-shared";

/** The therapist records pain, PEG-3 and (after baseline) PGIC; a retry records one set. */
export async function recordOutcomeScoresAction(input: unknown): Promise<ActionResult<{ scoreId: string; repeated: boolean }>> {
  const user = await requireTherapist();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = recordScoresSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const outcome = await recordOutcomeScores(user, parsed.data);
  revalidatePath(`/therapist/referrals/${parsed.data.dispatchId}`);
  return finishLoopWrite(user, "dispatch.scores", parsed.data.dispatchId, outcome, `timepoint=${parsed.data.timepoint}`);
}
