"use server";

import { revalidatePath } from "next/cache";
import { requireTherapist } from "@/lib/auth/current-user";
import { respondToReferral } from "@/lib/data/therapist-referrals";
import type { DispatchStatus } from "@/lib/domain/referral-loop/status";
import { respondToReferralSchema } from "@/lib/schemas/referral-loop";
import { fail, fieldErrorsFrom, refuseUnstorableText, type ActionResult } from "./action-result";
import { finishLoopWrite } from "./therapist-action-shared";

/** The therapist accepts a referral sent to them, or declines it with a reason the clinician sees. */
export async function respondToReferralAction(input: unknown): Promise<ActionResult<{ status: DispatchStatus }>> {
  const user = await requireTherapist();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = respondToReferralSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const { dispatchId, answer, reason } = parsed.data;
  const outcome = await respondToReferral(user, dispatchId, answer, reason);
  revalidatePath(`/therapist/referrals/${dispatchId}`);
  return finishLoopWrite(user, `dispatch.${answer}`, dispatchId, outcome);
}
