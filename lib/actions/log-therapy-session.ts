"use server";

import { revalidatePath } from "next/cache";
import { requireTherapist } from "@/lib/auth/current-user";
import { logTherapySession } from "@/lib/data/therapist-referrals";
import { logSessionSchema } from "@/lib/schemas/referral-loop";
import { fail, fieldErrorsFrom, refuseUnstorableText, type ActionResult } from "./action-result";
import { finishLoopWrite } from "./therapist-action-shared";

/** The therapist logs a session (a retry with the same idempotency key records one). */
export async function logTherapySessionAction(
  input: unknown,
): Promise<ActionResult<{ sessionId: string; repeated: boolean; alerted: boolean }>> {
  const user = await requireTherapist();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = logSessionSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const outcome = await logTherapySession(user, parsed.data);
  revalidatePath(`/therapist/referrals/${parsed.data.dispatchId}`);
  const adverse = parsed.data.adverseEvent ? `adverse=${parsed.data.adverseEvent.severity}` : undefined;
  return finishLoopWrite(user, "dispatch.session", parsed.data.dispatchId, outcome, adverse);
}
