import { referralStatuses, type ReferralStatus } from "@/lib/schemas/labels/referral";

/**
 * What the referral list's URL holds: the search as a sealed token (never the text), a status and a
 * keyset cursor. Shared by the server page (links) and the search form (navigation).
 */
export interface ReferralListUrl {
  s?: string;
  status?: ReferralStatus;
  before?: string;
  after?: string;
}

/** The list state of the URL's parameters; anything unreadable is left out (the unfiltered newest page). */
export function readListUrl(params: Record<string, string | undefined>): ReferralListUrl {
  const short = (v: string | undefined) => (v && v.length <= 600 ? v : undefined);
  return {
    s: short(params.s),
    status: referralStatuses.find((s) => s === params.status),
    before: short(params.before),
    after: short(params.after),
  };
}

export function listHref(path: string, url: ReferralListUrl): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(url)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
