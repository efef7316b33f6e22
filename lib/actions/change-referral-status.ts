"use server";

import { z } from "zod";
import { requestIp, requireClinician } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { changeStatus } from "@/lib/data/referrals";
import { MIN_CANCEL_REASON, referralStatuses, referralStatusLabels, type ReferralStatus } from "@/lib/schemas/referral";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

const changeReferralStatusSchema = z
  .object({
    id: z.string().trim().min(1).max(64),
    to: z.enum(referralStatuses, { error: "Choose a status" }),
    note: z
      .string()
      .trim()
      .max(500, "Note must be 500 characters or fewer")
      .optional()
      .transform((v) => (v ? v : null)),
  })
  // A cancelled referral keeps its reason: it is printed on the sheet for whoever holds a copy.
  .refine((v) => v.to !== "cancelled" || (v.note ?? "").length >= MIN_CANCEL_REASON, {
    path: ["note"],
    message: `Give the reason for cancelling (at least ${MIN_CANCEL_REASON} characters)`,
  });

/** Moves one of the clinician's referrals along draft → final → sent → completed (or cancelled). */
export async function changeReferralStatusAction(input: unknown): Promise<ActionResult<{ status: ReferralStatus }>> {
  const user = await requireClinician();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = changeReferralStatusSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return fail(fieldErrors.note?.[0] ?? "Check the status change", fieldErrors);
  }
  const { id, to, note } = parsed.data;
  const result = await changeStatus(user, id, to, note);
  await recordAudit({
    userId: user.id,
    action: "referral.status",
    resourceType: "referral",
    resourceId: id,
    outcome: result.ok ? "success" : result.reason === "not-found" ? "denied" : "failure",
    ip: await requestIp(),
    detail: result.ok ? `from=${result.from} to=${to}` : `to=${to} refused=${result.reason}`,
  });
  if (!result.ok) {
    switch (result.reason) {
      case "not-found":
        return fail("Referral not found");
      case "invalid-transition":
        return fail(
          `A ${referralStatusLabels[result.from ?? "draft"].toLowerCase()} referral can't be marked ${referralStatusLabels[to].toLowerCase()}`,
        );
      case "conflict":
        return fail("The referral changed meanwhile; reload the page and try again");
    }
  }
  return ok({ status: to });
}
