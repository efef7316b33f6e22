"use server";

import { z } from "zod";
import { requestIp, requireClinician } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { duplicateAsDraft } from "@/lib/data/referrals";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

const duplicateReferralSchema = z.object({ id: z.string().trim().min(1).max(64) });

/** "Duplicate as new draft": a copy the clinician can revise, owned by them, with a fresh idempotency key. */
export async function duplicateReferralAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireClinician();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = duplicateReferralSchema.safeParse(input);
  if (!parsed.success) return fail("Referral not found", fieldErrorsFrom(parsed.error.issues));
  const copy = await duplicateAsDraft(user, parsed.data.id);
  await recordAudit({
    userId: user.id,
    action: "referral.duplicate",
    resourceType: "referral",
    resourceId: parsed.data.id,
    outcome: copy ? "success" : "denied",
    ip: await requestIp(),
    detail: copy ? `copy=${copy.id}` : "not found",
  });
  if (!copy) return fail("Referral not found");
  return ok({ id: copy.id });
}
