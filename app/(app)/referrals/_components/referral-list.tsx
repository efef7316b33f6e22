"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useState } from "react";
import { listReferralsAction, type ReferralListResult } from "@/lib/actions/list-referrals";
import { sealReferralSearchAction } from "@/lib/actions/seal-referral-search";
import { describeRowCount } from "@/lib/domain/listing/row-count";
import { referralStatuses, referralStatusLabels, type ReferralStatus } from "@/lib/schemas/labels/referral";
import { ReferralTable } from "./referral-table";

const PAGE_SIZE = 20;

/** What the URL holds: a sealed search token, a status and a keyset cursor — no patient name. */
interface ListUrl {
  s: string;
  status: ReferralStatus | "all";
  before: string;
  after: string;
}

/** The URL's list state; no search params (a render outside the router) is the unfiltered newest page. */
function readUrl(params: Pick<URLSearchParams, "get"> | null): ListUrl {
  const status = params?.get("status") ?? "";
  return {
    s: params?.get("s") ?? "",
    status: referralStatuses.find((x) => x === status) ?? "all",
    before: params?.get("before") ?? "",
    after: params?.get("after") ?? "",
  };
}

function hrefOf(pathname: string, url: Partial<ListUrl>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(url)) if (value && value !== "all") params.set(key, value);
  const text = params.toString();
  return text ? `${pathname}?${text}` : pathname;
}

async function fetchPage(url: ListUrl): Promise<ReferralListResult> {
  const result = await listReferralsAction({
    searchToken: url.s || undefined,
    status: url.status,
    before: url.before || undefined,
    after: url.after || undefined,
    pageSize: PAGE_SIZE,
  });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/**
 * The referral list. The search, status and page live in the URL (reload, back and bookmarks keep
 * them), but the search only as a sealed token: the name typed never appears in the address bar, the
 * history or a log. Pages are keyset pages ("Newer" / "Older") that keep their place as referrals arrive.
 */
export function ReferralList({ showClinician, canCreate }: { showClinician: boolean; canCreate: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const url = readUrl(useSearchParams());
  const [draft, setDraft] = useState("");
  const [searchError, setSearchError] = useState<string | null>(null);
  const { data, isPending, isError, isFetching, isPlaceholderData } = useQuery({
    queryKey: ["referrals", url],
    queryFn: () => fetchPage(url),
    placeholderData: keepPreviousData,
  });
  // The search box shows the search the page holds (opened from the URL on reload or "back"), set while
  // rendering when it changes (React's pattern for state derived from a prop, no effect).
  const shownQuery = data?.query;
  const [syncedQuery, setSyncedQuery] = useState<string | undefined>(undefined);
  if (shownQuery !== undefined && shownQuery !== syncedQuery) {
    setSyncedQuery(shownQuery);
    setDraft(shownQuery);
  }
  const searchId = useId();
  const statusId = useId();
  const errorId = useId();
  const filtered = url.s !== "" || url.status !== "all";
  const go = (next: Partial<ListUrl>) => router.push(hrefOf(pathname, next), { scroll: false });

  return (
    <div className="space-y-4">
      <form
        method="post"
        role="search"
        className="flex flex-wrap items-end gap-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const sealed = await sealReferralSearchAction({ query: draft });
          if (!sealed.ok) {
            setSearchError(sealed.fieldErrors?.query?.[0] ?? sealed.error);
            return;
          }
          setSearchError(null);
          go({ s: sealed.data.searchToken ?? "", status: url.status });
        }}
      >
        <div className="w-full sm:w-auto">
          <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
            Search by patient or condition
          </label>
          <input
            id={searchId}
            type="search"
            value={draft}
            maxLength={100}
            aria-invalid={searchError ? true : undefined}
            aria-describedby={searchError ? errorId : undefined}
            onChange={(e) => setDraft(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 sm:w-72"
          />
          {searchError && (
            <p id={errorId} className="mt-1 text-sm text-red-800">
              {searchError}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={statusId} className="block text-sm font-medium text-slate-800">
            Status
          </label>
          <select
            id={statusId}
            value={url.status}
            onChange={(e) => go({ s: url.s, status: referralStatuses.find((s) => s === e.target.value) ?? "all" })}
            className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
          >
            <option value="all">All statuses</option>
            {referralStatuses.map((s) => (
              <option key={s} value={s}>
                {referralStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-800 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Search
        </button>
        {filtered && (
          <button
            type="button"
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900"
            onClick={() => {
              setDraft("");
              setSearchError(null);
              go({});
            }}
          >
            Clear
          </button>
        )}
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {isPending ? "Loading referrals…" : isError ? "" : `${describeRowCount(data.count, "referral", "referrals")}${filtered ? " match" : ""}`}
          {data?.searchExpired ? " (the saved search has expired; showing all referrals)" : ""}
          {isFetching && !isPending ? " (updating…)" : ""}
        </p>
        {canCreate && data && data.items.length > 0 && (
          <a href={hrefOf("/referrals/export", { s: url.s, status: url.status })} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50">
            Download CSV
          </a>
        )}
      </div>

      {isError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          The referrals could not be loaded. Try again in a moment.
        </p>
      )}

      {data && data.items.length === 0 && <EmptyState filtered={filtered} canCreate={canCreate} />}

      {data && data.items.length > 0 && (
        <div className={isPlaceholderData ? "opacity-60" : undefined}>
          <ReferralTable rows={data.items} showClinician={showClinician} />
          <nav aria-label="Pagination" className="mt-3 flex items-center gap-3 text-sm">
            {data.newer && (
              <button type="button" onClick={() => go({ s: url.s, status: url.status, after: data.newer ?? "" })} className="rounded-md border border-slate-400 bg-white px-3 py-1.5">
                Newer
              </button>
            )}
            {data.older && (
              <button type="button" onClick={() => go({ s: url.s, status: url.status, before: data.older ?? "" })} className="rounded-md border border-slate-400 bg-white px-3 py-1.5">
                Older
              </button>
            )}
          </nav>
        </div>
      )}
    </div>
  );
}

function EmptyState({ filtered, canCreate }: { filtered: boolean; canCreate: boolean }) {
  if (filtered) {
    return <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-800">No referrals match. Check the spelling, or clear the search and status filter.</p>;
  }
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 text-slate-800">
      <p className="font-medium">No referrals yet.</p>
      {canCreate && (
        <p className="mt-1">
          Start with the <Link href="/intake" className="font-medium text-blue-800 underline">intake form</Link>: describe the patient&apos;s complaint,
          get an evidence-based dose, then save the referral. It will appear here, ready to print.
        </p>
      )}
    </div>
  );
}
