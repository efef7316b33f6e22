import { z } from "zod";
import { referralStatuses } from "./labels/referral";

/** A search must hold one trigram: the indexes on both databases match substrings of 3+ characters. */
export const REFERRAL_SEARCH_MIN_LENGTH = 3;

/** The search as typed, whitespace collapsed to single spaces (a search is one line). */
export const referralSearchTextSchema = z
  .string()
  .transform((text) => text.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .max(100, "Search must be 100 characters or fewer")
      .refine(
        (text) => text === "" || [...text].length >= REFERRAL_SEARCH_MIN_LENGTH,
        `Type at least ${REFERRAL_SEARCH_MIN_LENGTH} characters to search`,
      ),
  );

const optionalToken = z.string().max(600).optional();

/**
 * One page of the referral list. The search arrives either as text (just typed) or as the sealed token
 * from the URL (lib/data/referral-search-token.ts); the page position is a keyset cursor.
 */
export const referralListInputSchema = z.object({
  query: referralSearchTextSchema.default(""),
  searchToken: optionalToken,
  // From the URL: "" and "all" mean no status filter.
  status: z.preprocess((v) => (v === "" || v === "all" ? undefined : v), z.enum(referralStatuses).optional()),
  before: optionalToken,
  after: optionalToken,
  pageSize: z.coerce.number().int().min(10).max(50).default(20),
});
export type ReferralListInput = z.infer<typeof referralListInputSchema>;
