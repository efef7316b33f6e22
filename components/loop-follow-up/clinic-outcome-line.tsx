import Link from "next/link";
import { clinicLine } from "@/lib/domain/outcomes/outcome-words";
import type { OutcomeSummary } from "@/lib/domain/outcomes/summary";

/** Beside the evidence: how this condition's courses have gone in this clinic, labelled as observational. */
export function ClinicOutcomeLine({ summary }: { summary: OutcomeSummary | null }) {
  return (
    <p className="rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-900">
      {summary ? <strong>{clinicLine(summary)}.</strong> : <strong>In this clinic: no completed courses yet.</strong>} Observational data
      from this clinic, not a trial.{" "}
      <Link href="/outcomes" className="text-blue-800 underline">
        Outcomes per dose
      </Link>
    </p>
  );
}
