/**
 * What a referral's sheet says about its place among its versions. An amendment must say plainly, on every
 * page, that it is one (of which version, when, why); the version it replaced must say, on every page, that
 * it is no longer in force and what replaced it. A therapist holding one loose page can then tell which
 * prescription is in force.
 */

/** Where the referral stands among its versions; looked up by the data layer. */
export interface ReferralLifecycle {
  /**
   * This referral is an amendment of referral `id` (made on `at`, YYYY-MM-DD), for `reason`; `version` is
   * this referral's number in the chain (the first referral is version 1, its first amendment version 2).
   */
  amends: { id: string; at: string; reason: string; version: number } | null;
  /** This referral was replaced by the amendment `id` on `at` (YYYY-MM-DD), for `reason`. */
  amendedBy: { id: string; at: string; reason: string } | null;
  /** The reason recorded when the referral was cancelled. */
  cancelReason: string | null;
}

export const NO_LIFECYCLE: ReferralLifecycle = { amends: null, amendedBy: null, cancelReason: null };

/** The banner at the top of each copy of an amendment (it is in force, so not a "not a referral" mark). */
export function amendmentMark(l: ReferralLifecycle): string | null {
  return l.amends ? `AMENDMENT — version ${l.amends.version}, replaces referral ${l.amends.id} of ${l.amends.at}` : null;
}

/** Amended / replaced / cancelled, said in full at the top of the therapist copy. */
export function lifecycleLines(l: ReferralLifecycle, referralDate: string): string[] {
  const lines: string[] = [];
  if (l.amends) {
    lines.push(
      `Amended referral: replaces referral ${l.amends.id} of ${l.amends.at} (version ${l.amends.version - 1}). ` +
        `This is version ${l.amends.version}, amended on ${referralDate}. Reason for the amendment: ${l.amends.reason}`,
    );
  }
  if (l.amendedBy) {
    lines.push(
      `Amended on ${l.amendedBy.at}: replaced by referral ${l.amendedBy.id} (${l.amendedBy.reason}). This version is no longer in force.`,
    );
  }
  if (l.cancelReason) lines.push(`Cancelled. Reason: ${l.cancelReason}`);
  return lines;
}

/** Printed in the footer of every page beside the referral's id, so each loose page says it too. */
export function pageLifecycleTag(l: ReferralLifecycle): string | null {
  if (l.amendedBy) return `AMENDED: replaced by referral ${l.amendedBy.id} on ${l.amendedBy.at}`;
  if (l.amends) return `AMENDMENT (version ${l.amends.version}) of referral ${l.amends.id}, amended for: ${shortReason(l.amends.reason)}`;
  return null;
}

/** A footer is one line: a long reason is cut at a word (the full reason is at the top of the sheet). */
function shortReason(reason: string): string {
  const flat = reason.replace(/\s+/g, " ").trim();
  if (flat.length <= 60) return flat;
  const cut = flat.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 30 ? cut.lastIndexOf(" ") : 60)}…`;
}
