"use server";

import { requestIp, requireUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { listReferrals, type ReferralListPage } from "@/lib/data/referral-list";
import { openSearch, sealSearch } from "@/lib/data/referral-search-token";
import { positionFrom } from "@/lib/domain/listing/keyset";
import { referralListInputSchema } from "@/lib/schemas/referral-list";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

export interface ReferralListResult extends ReferralListPage {
  /** The search the page shows (opened from the URL's sealed token), for the search box. */
  query: string;
  /** The sealed search for the URL, or null without a search. */
  searchToken: string | null;
  /** The URL's search token could not be opened (expired, or another account's): the list is unfiltered. */
  searchExpired: boolean;
}

/**
 * One page of the referral list. A server action (POST): the search text travels in the body, and the
 * URL carries only its sealed token, a status and a keyset cursor — never a patient's name.
 */
export async function listReferralsAction(input: unknown): Promise<ActionResult<ReferralListResult>> {
  const user = await requireUser();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = referralListInputSchema.safeParse(input);
  if (!parsed.success) return fail("Check the search", fieldErrorsFrom(parsed.error.issues));
  const { searchToken, status, before, after, pageSize } = parsed.data;
  let query = parsed.data.query;
  let searchExpired = false;
  if (!query && searchToken) {
    const opened = openSearch(user.id, searchToken);
    if (opened === null) searchExpired = true;
    else query = opened;
  }
  const position = positionFrom(before, after);
  const page = await listReferrals(user, { query, status }, position, pageSize);
  // The list shows patient names: a PHI read, so the event names every referral shown (ids only; at most
  // a page of them). The search text is PHI too, so only its presence is logged.
  await recordAudit({
    userId: user.id,
    action: "referral.list",
    resourceType: "referral",
    outcome: "success",
    ip: await requestIp(),
    detail: `page=${position?.direction ?? "newest"} results=${page.items.length} total=${page.count.exact ? page.count.value : page.count.moreThan === null ? `~${page.count.estimate}` : `>${page.count.moreThan}`} search=${query ? "yes" : "no"} status=${status ?? "all"} ids=${page.items.map((item) => item.id).join(",")}`,
  });
  return ok({ ...page, query, searchToken: query ? sealSearch(user.id, query) : null, searchExpired });
}
