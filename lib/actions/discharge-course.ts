"use server";

import { revalidatePath } from "next/cache";
import { requireTherapist } from "@/lib/auth/current-user";
import { dischargeCourse } from "@/lib/data/therapist-referrals";
import type { DispatchStatus } from "@/lib/domain/referral-loop/status";
import { dischargeSchema } from "@/lib/schemas/referral-loop";
import { fail, fieldErrorsFrom, refuseUnstorableText, type ActionResult } from "./action-result";
import { finishLoopWrite } from "./therapist-action-shared";

/** The therapist closes the course with a short discharge note. */
export async function dischargeCourseAction(input: unknown): Promise<ActionResult<{ status: DispatchStatus }>> {
  const user = await requireTherapist();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = dischargeSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const outcome = await dischargeCourse(user, parsed.data.dispatchId, parsed.data.note);
  revalidatePath(`/therapist/referrals/${parsed.data.dispatchId}`);
  return finishLoopWrite(user, "dispatch.discharge", parsed.data.dispatchId, outcome);
}
