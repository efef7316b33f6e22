"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { listReferralsAction } from "@/lib/actions/list-referrals";
import type { ReferralListPage } from "@/lib/data/referrals";
import { referralStatusLabels, referralStatuses, type ReferralStatus } from "@/lib/schemas/labels/referral";
import { StatusBadge } from "./status-badge";

const PAGE_SIZE = 20;

interface Filters {
  query: string;
  status: ReferralStatus | "all";
  page: number;
}

async function fetchPage(filters: Filters): Promise<ReferralListPage> {
  const result = await listReferralsAction({ ...filters, pageSize: PAGE_SIZE });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/**
 * The referral list. Filters live in component state, not the URL, so a patient name typed into the
 * search never appears in the address bar or history; the server action is a POST.
 */
export function ReferralList({ showClinician, canCreate }: { showClinician: boolean; canCreate: boolean }) {
  const [draft, setDraft] = useState("");
  const [filters, setFilters] = useState<Filters>({ query: "", status: "all", page: 1 });
  const { data, isPending, isError, isFetching, isPlaceholderData } = useQuery({
    queryKey: ["referrals", filters],
    queryFn: () => fetchPage(filters),
    placeholderData: keepPreviousData,
  });
  const searchId = useId();
  const statusId = useId();
  const filtered = filters.query !== "" || filters.status !== "all";

  return (
    <div className="space-y-4">
      <form method="post"
        role="search"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters((f) => ({ ...f, query: draft.trim(), page: 1 }));
        }}
      >
        <div>
          <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
            Search by patient or condition
          </label>
          <input
            id={searchId}
            type="search"
            value={draft}
            maxLength={100}
            onChange={(e) => setDraft(e.target.value)}
            className="mt-1 block w-72 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
          />
        </div>
        <div>
          <label htmlFor={statusId} className="block text-sm font-medium text-slate-800">
            Status
          </label>
          <select
            id={statusId}
            value={filters.status}
            onChange={(e) => {
              const value = e.target.value;
              setFilters((f) => ({ ...f, status: referralStatuses.find((s) => s === value) ?? "all", page: 1 }));
            }}
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
              setFilters({ query: "", status: "all", page: 1 });
            }}
          >
            Clear
          </button>
        )}
      </form>

      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {isPending ? "Loading referrals…" : isError ? "" : `${data.total} referral${data.total === 1 ? "" : "s"}${filtered ? " match" : ""}`}
        {isFetching && !isPending ? " (updating…)" : ""}
      </p>

      {isError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          The referrals could not be loaded. Try again in a moment.
        </p>
      )}

      {data && data.items.length === 0 && <EmptyState filtered={filtered} canCreate={canCreate} />}

      {data && data.items.length > 0 && (
        <div className={isPlaceholderData ? "opacity-60" : undefined}>
          <ReferralTable page={data} showClinician={showClinician} />
          <Pager page={data} onPage={(page) => setFilters((f) => ({ ...f, page }))} />
        </div>
      )}
    </div>
  );
}

function ReferralTable({ page, showClinician }: { page: ReferralListPage; showClinician: boolean }) {
  return (
    <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-left text-sm shadow-sm">
      <caption className="sr-only">Referrals, newest first</caption>
      <thead className="bg-slate-100 text-slate-800">
        <tr>
          <th scope="col" className="px-3 py-2">Date</th>
          <th scope="col" className="px-3 py-2">Patient</th>
          <th scope="col" className="px-3 py-2">Condition</th>
          <th scope="col" className="px-3 py-2">Dose</th>
          <th scope="col" className="px-3 py-2">Status</th>
          {showClinician && <th scope="col" className="px-3 py-2">Clinician</th>}
        </tr>
      </thead>
      <tbody>
        {page.items.map((r) => (
          <tr key={r.id} className="border-t border-slate-200">
            <td className="px-3 py-2 whitespace-nowrap">{r.createdAt.slice(0, 10)}</td>
            <td className="px-3 py-2">
              <Link href={`/referrals/${r.id}`} className="font-medium text-blue-800 underline">
                {r.patientName}
              </Link>
              <span className="block text-xs text-slate-700">DOB {r.patientDob}</span>
            </td>
            <td className="px-3 py-2">
              {r.conditionName} <span className="text-slate-700">({r.icd10Code})</span>
            </td>
            <td className="px-3 py-2">{r.doseLine}</td>
            <td className="px-3 py-2"><StatusBadge status={r.status} /></td>
            {showClinician && <td className="px-3 py-2">{r.clinicianName}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Pager({ page, onPage }: { page: ReferralListPage; onPage: (page: number) => void }) {
  if (page.pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center gap-3 text-sm">
      <button type="button" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)} className="rounded-md border border-slate-400 bg-white px-3 py-1.5 disabled:opacity-50">
        Previous
      </button>
      <span>
        Page {page.page} of {page.pageCount}
      </span>
      <button type="button" disabled={page.page >= page.pageCount} onClick={() => onPage(page.page + 1)} className="rounded-md border border-slate-400 bg-white px-3 py-1.5 disabled:opacity-50">
        Next
      </button>
    </nav>
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
