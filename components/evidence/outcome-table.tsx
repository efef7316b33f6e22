import type { OutcomeRowView } from "@/lib/domain/evidence/evidence-profile";

/**
 * The evidence profile of a recommendation: one row per key outcome, like a GRADE summary of findings.
 * A table, so a screen reader announces each cell with its column heading.
 */
export function OutcomeTable({ rows, caption }: { rows: OutcomeRowView[]; caption: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-700">No outcome rows are recorded for this recommendation.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-xs text-slate-900">
        <caption className="mb-1 text-left text-sm font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {[
              "Outcome",
              "Time frame",
              "Compared with",
              "Studies, participants",
              "Effect",
              "Minimal important difference",
              "Certainty and why",
            ].map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.kind}-${r.outcome}-${r.timeFrame}-${r.comparator}-${r.sources}-${r.effect}`}
              className="border-b border-slate-200 align-top"
            >
              <th scope="row" className="px-2 py-1 font-medium">
                {r.kind === "harm" ? `Harms: ${r.outcome}` : r.outcome}
                <span className="block font-normal text-slate-700">{r.sources}</span>
              </th>
              <td className="px-2 py-1">{r.timeFrame}</td>
              <td className="px-2 py-1">{r.comparator}</td>
              <td className="px-2 py-1">{r.studiesAndParticipants}</td>
              <td className="px-2 py-1">{r.effect}</td>
              <td className="px-2 py-1">{r.mid}</td>
              <td className="px-2 py-1">
                {r.certaintyText}
                {r.reasons.length > 0 && (
                  <ul className="list-disc pl-4">
                    {r.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
