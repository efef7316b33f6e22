"use server";

import { requestIp, requireUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { listReferrals, type ReferralListPage } from "@/lib/data/referrals";
import { referralSearchSchema } from "@/lib/schemas/referral";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * One page of the referral list. A server action (POST) rather than a GET route so the patient name
 * typed into the search box never lands in a URL, a proxy log or the browser history.
 */
export async function listReferralsAction(input: unknown): Promise<ActionResult<ReferralListPage>> {
  const user = await requireUser();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = referralSearchSchema.safeParse(input);
  if (!parsed.success) return fail("Check the search", fieldErrorsFrom(parsed.error.issues));
  const page = await listReferrals(user, parsed.data);
  // The list shows patient names: a PHI read. The search text is PHI too, so only its presence is logged.
  await recordAudit({
    userId: user.id,
    action: "referral.list",
    resourceType: "referral",
    outcome: "success",
    ip: await requestIp(),
    detail: `page=${page.page} results=${page.items.length} total=${page.total} search=${parsed.data.query ? "yes" : "no"} status=${parsed.data.status ?? "all"}`,
  });
  return ok(page);
}
