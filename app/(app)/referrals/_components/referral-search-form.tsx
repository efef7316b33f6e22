"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { sealReferralSearchAction } from "@/lib/actions/seal-referral-search";
import { referralStatuses, referralStatusLabels } from "@/lib/schemas/labels/referral";
import { listHref, type ReferralListUrl } from "../_lib/list-url";

/**
 * Search and status filter of the referral list. The search is sealed on the server first and only
 * the token goes into the URL, so the name typed never appears in the address bar, the history or a
 * log; the server page then renders the list for that URL.
 */
export function ReferralSearchForm({ url, shownQuery }: { url: ReferralListUrl; shownQuery: string }) {
  const router = useRouter();
  const [draft, setDraft] = useState(shownQuery);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const searchId = useId();
  const statusId = useId();
  const errorId = useId();
  const go = (next: ReferralListUrl) => router.push(listHref("/referrals", next), { scroll: false });
  const filtered = !!url.s || !!url.status;

  return (
    <form
      method="post"
      role="search"
      className="flex flex-wrap items-end gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const sealed = await sealReferralSearchAction({ query: draft });
        setBusy(false);
        if (!sealed.ok) {
          setError(sealed.fieldErrors?.query?.[0] ?? sealed.error);
          return;
        }
        setError(null);
        go({ s: sealed.data.searchToken ?? undefined, status: url.status });
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
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 sm:w-72"
        />
        {error && (
          <p id={errorId} className="mt-1 text-sm text-red-800">
            {error}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={statusId} className="block text-sm font-medium text-slate-800">
          Status
        </label>
        <select
          id={statusId}
          value={url.status ?? "all"}
          onChange={(e) => go({ s: url.s, status: referralStatuses.find((s) => s === e.target.value) })}
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
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-brand-800 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Search
      </button>
      {filtered && (
        <button
          type="button"
          className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900"
          onClick={() => {
            setDraft("");
            setError(null);
            go({});
          }}
        >
          Clear
        </button>
      )}
    </form>
  );
}
