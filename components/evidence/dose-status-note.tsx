import { DOSE_STATUS_LABEL, type DoseBasis } from "@/lib/domain/evidence/dose-status";
import type { DoseStatus } from "@/lib/schemas/evidence";

// Dark text on pale tints (above 7:1); the words carry the meaning, the colour only repeats it.
const STYLE: Record<DoseStatus, string> = {
  established: "border-green-700 bg-green-50 text-green-950",
  studied: "border-sky-700 bg-sky-50 text-sky-950",
  "not-established": "border-amber-700 bg-amber-50 text-amber-950",
};

/** How the dose is known: established by a dose-finding trial, studied without comparison, or not established. */
export function DoseStatusNote({ basis }: { basis: DoseBasis }) {
  if (basis.status === null) {
    return <p className="text-sm text-slate-700">Dose status: not recorded in this evidence version.</p>;
  }
  return (
    <div className={`rounded-md border p-2 text-sm ${STYLE[basis.status]}`} data-testid="dose-status">
      <p>
        <strong>{DOSE_STATUS_LABEL[basis.status]}.</strong> {basis.statusText}
      </p>
      {basis.regimenStudied && <p className="mt-1">Regimen studied (not a suggested dose): {basis.regimenStudied}</p>}
      {basis.unverifiedText && <p className="mt-1 font-semibold">{basis.unverifiedText}.</p>}
    </div>
  );
}
