"use server";

import { revalidatePath } from "next/cache";
import { requireClinician, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { sendReferralToTherapist } from "@/lib/data/referral-dispatch";
import { sendReferralSchema } from "@/lib/schemas/referral-loop";
import { fail, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/** "Send to therapist" from the clinician's own final referral. */
export async function sendReferralToTherapistAction(
  input: unknown,
): Promise<ActionResult<{ dispatchId: string; shortCode: string; invited: boolean }>> {
  const user = await requireClinician();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = sendReferralSchema.safeParse(input);
  if (!parsed.success) return fail("Choose a therapist");
  const result = await sendReferralToTherapist(user, parsed.data.referralId, parsed.data.therapistId);
  await recordAudit({
    userId: user.id,
    action: "referral.send",
    resourceType: "referral",
    resourceId: parsed.data.referralId,
    outcome: result.ok ? "success" : result.reason === "not-found" ? "denied" : "failure",
    ip: await requestIp(),
    detail: result.ok ? `therapist=${parsed.data.therapistId} dispatch=${result.dispatchId}` : `refused=${result.reason}`,
  });
  if (!result.ok) {
    switch (result.reason) {
      case "not-found":
        return fail("Referral not found");
      case "not-sendable":
        return fail("Only a final referral can be sent to a therapist");
      case "already-sent":
        return fail("This referral is already with a therapist");
      case "therapist-not-found":
        return fail("That therapist is not in the directory, not accepting new patients, or already declined this referral");
      case "therapist-unavailable":
        return fail(result.message);
    }
  }
  revalidatePath(`/referrals/${parsed.data.referralId}`);
  return ok({ dispatchId: result.dispatchId, shortCode: result.shortCode, invited: result.invited });
}
