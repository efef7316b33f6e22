import type { ScoreRow } from "@/lib/domain/loop-follow-up/score-series";
import { ColumnHeadings } from "./column-headings";

const cell = (v: number | null) => (v === null ? "—" : String(v));

/**
 * The outcome scores as a table: the chart's figures for anyone who cannot use the chart (screen reader,
 * keyboard, print), each cell announced with its column heading. Higher = worse on every 0-10 scale.
 */
export function ScoreTable({ rows }: { rows: ScoreRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm text-slate-900">
        <caption className="mb-1 text-left font-semibold">Outcome scores (0-10, lower is better)</caption>
        <ColumnHeadings
          labels={["Date", "When", "Pain", "PEG (mean)", "PEG items: pain / enjoyment / activity", "Global impression of change"]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <th scope="row" className="px-2 py-1 font-medium">
                <time dateTime={r.date}>{r.date}</time>
              </th>
              <td className="px-2 py-1">{r.timepoint || "—"}</td>
              <td className="px-2 py-1">{cell(r.pain)}</td>
              <td className="px-2 py-1">{cell(r.peg)}</td>
              <td className="px-2 py-1">
                {cell(r.pegItems.pain)} / {cell(r.pegItems.enjoyment)} / {cell(r.pegItems.activity)}
              </td>
              <td className="px-2 py-1">{r.pgic ?? "not asked"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
