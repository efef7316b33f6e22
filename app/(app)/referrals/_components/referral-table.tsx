import Link from "next/link";
import type { ReferralListItem } from "@/lib/data/referral-list";
import { StatusBadge } from "./status-badge";

// Below the sm breakpoint (a 390 px phone) each row is a card: the header row is hidden and every cell
// shows its own label, so nothing scrolls sideways. The explicit roles keep the table semantics when
// the display changes.
const cell =
  "block px-3 py-1 sm:table-cell sm:py-2 before:mr-2 before:font-medium before:text-slate-700 before:content-[attr(data-label)] sm:before:content-none";

export function ReferralTable({ rows, showClinician }: { rows: ReferralListItem[]; showClinician: boolean }) {
  return (
    <table role="table" className="block w-full border-collapse overflow-hidden rounded-lg bg-white text-left text-sm shadow-sm sm:table">
      <caption className="sr-only">Referrals, newest first</caption>
      <thead role="rowgroup" className="sr-only bg-slate-100 text-slate-800 sm:not-sr-only sm:table-header-group">
        <tr role="row">
          <th role="columnheader" scope="col" className="px-3 py-2">
            Date
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Patient
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Condition
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Dose
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Status
          </th>
          {showClinician && (
            <th role="columnheader" scope="col" className="px-3 py-2">
              Clinician
            </th>
          )}
        </tr>
      </thead>
      <tbody role="rowgroup" className="block sm:table-row-group">
        {rows.map((r) => (
          <tr role="row" key={r.id} className="block border-t border-slate-200 py-2 sm:table-row sm:py-0">
            <td role="cell" data-label="Date" className={`${cell} whitespace-nowrap`}>
              {r.createdAt.slice(0, 10)}
            </td>
            <td role="cell" data-label="Patient" className={cell}>
              <Link href={`/referrals/${r.id}`} className="font-medium text-blue-800 underline">
                {r.patientName}
              </Link>
              <span className="block text-xs text-slate-700">DOB {r.patientDob}</span>
            </td>
            <td role="cell" data-label="Condition" className={cell}>
              {r.conditionName} <span className="text-slate-700">({r.icd10Code})</span>
            </td>
            <td role="cell" data-label="Dose" className={cell}>
              {r.doseLine}
            </td>
            <td role="cell" data-label="Status" className={cell}>
              <StatusBadge status={r.status} />
            </td>
            {showClinician && (
              <td role="cell" data-label="Clinician" className={cell}>
                {r.clinicianName}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
