"use server";

import { requireUser } from "@/lib/auth/current-user";
import { sealSearch } from "@/lib/data/referral-search-token";
import { referralSearchTextSchema } from "@/lib/schemas/referral-list";
import { fail, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * Seals a referral search for the URL (lib/data/referral-search-token.ts): the list page then keeps the
 * search across reloads and "back" with no patient name in the address bar, history or logs. Nothing is
 * read, so nothing is audited; the list action audits the read.
 */
export async function sealReferralSearchAction(input: unknown): Promise<ActionResult<{ searchToken: string | null }>> {
  const user = await requireUser();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = referralSearchTextSchema.safeParse(
    typeof input === "object" && input !== null ? (input as { query?: unknown }).query : undefined,
  );
  if (!parsed.success) return fail("Check the search", { query: parsed.error.issues.map((i) => i.message) });
  return ok({ searchToken: parsed.data ? sealSearch(user.id, parsed.data) : null });
}
