import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { listReferralsAction } from "@/lib/actions/list-referrals";
import { describeRowCount } from "@/lib/domain/listing/row-count";
import { firstValues } from "@/lib/schemas/audit-filter";
import { ReferralSearchForm } from "./_components/referral-search-form";
import { ReferralTable } from "./_components/referral-table";
import { listHref, readListUrl } from "./_lib/list-url";

export const metadata = { title: "Referrals" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;
const pagerLink = "rounded-md border border-slate-400 bg-white px-3 py-1.5";

/**
 * The referral list, rendered on the server from its URL: a sealed search token, a status and a keyset
 * cursor (no patient name). Reload, "back" and a bookmark keep the view; "Newer" / "Older" keep their
 * place when referrals arrive. The read goes through listReferralsAction, which audits it.
 */
export default async function ReferralsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const isAdmin = user.role === "ADMIN";
  const url = readListUrl(firstValues(await searchParams));
  const result = await listReferralsAction({
    searchToken: url.s,
    status: url.status,
    before: url.before,
    after: url.after,
    pageSize: PAGE_SIZE,
  });
  const data = result.ok ? result.data : null;
  const filtered = !!url.s || !!url.status;
  const keep = { s: url.s, status: url.status };

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{isAdmin ? "All referrals" : "Your referrals"}</h1>
      {isAdmin && (
        <p className="text-slate-700">Admins can read every clinician&apos;s referrals; only the referring clinician can change them.</p>
      )}
      <ReferralSearchForm key={url.s ?? ""} url={url} shownQuery={data?.query ?? ""} />

      {!data && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          This link&apos;s list could not be read.{" "}
          <Link href="/referrals" className="underline">
            Show all referrals
          </Link>
          .
        </p>
      )}
      {data && (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p role="status" aria-live="polite" className="text-sm text-slate-700">
              {`${describeRowCount(data.count, "referral", "referrals")}${filtered ? " match" : ""}`}
              {data.searchExpired ? " (the saved search has expired, so all referrals are shown: search again)" : ""}
            </p>
            {!isAdmin && data.items.length > 0 && (
              <a
                href={listHref("/referrals/export", keep)}
                className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
              >
                Download CSV
              </a>
            )}
          </div>
          {data.items.length === 0 ? (
            <EmptyState filtered={filtered} canCreate={!isAdmin} />
          ) : (
            <div>
              <ReferralTable rows={data.items} showClinician={isAdmin} />
              <nav aria-label="Pagination" className="mt-3 flex items-center gap-3 text-sm">
                {data.newer && (
                  <Link href={listHref("/referrals", { ...keep, after: data.newer })} className={pagerLink}>
                    Newer
                  </Link>
                )}
                {data.older && (
                  <Link href={listHref("/referrals", { ...keep, before: data.older })} className={pagerLink}>
                    Older
                  </Link>
                )}
              </nav>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function EmptyState({ filtered, canCreate }: { filtered: boolean; canCreate: boolean }) {
  if (filtered) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-800">
        No referrals match. Check the spelling, or clear the search and status filter.
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 text-slate-800">
      <p className="font-medium">No referrals yet.</p>
      {canCreate && (
        <p className="mt-1">
          Start with the{" "}
          <Link href="/intake" className="font-medium text-blue-800 underline">
            intake form
          </Link>
          : describe the patient&apos;s complaint, get an evidence-based dose, then save the referral. It will appear here, ready to print.
        </p>
      )}
    </div>
  );
}
