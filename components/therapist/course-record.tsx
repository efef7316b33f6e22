import type { LoopDispatch } from "@/lib/data/referral-loop";
import { adverseSeverityLabels, pgicLabels, scoreTimepointLabels, toleranceLabels } from "@/lib/domain/referral-loop/vocabulary";
import { ColumnHeadings } from "../loop-follow-up/column-headings";

const pgicWords = (v: number | null) => (v === null ? "—" : `${v} (${pgicLabels[v as keyof typeof pgicLabels] ?? "?"})`);

/** What this therapist has recorded on the course so far: sessions, scores and adverse events, as tables. */
export function CourseRecord({ dispatch }: { dispatch: LoopDispatch }) {
  const adverseBySession = new Map(dispatch.adverseEvents.map((a) => [a.sessionId, a]));
  return (
    <div className="space-y-4">
      {dispatch.sessions.length === 0 ? (
        <p className="text-sm text-slate-700">No session logged yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-left text-sm">
            <caption className="mb-1 text-left font-semibold">Sessions you logged</caption>
            <ColumnHeadings labels={["Date", "Minutes", "Techniques", "Areas", "Pressure", "Tolerated", "Adverse event"]} />
            <tbody>
              {dispatch.sessions.map((s) => {
                const adverse = adverseBySession.get(s.id);
                return (
                  <tr key={s.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="px-2 py-1 font-medium">
                      {s.sessionDate}
                    </th>
                    <td className="px-2 py-1">{s.minutes}</td>
                    <td className="px-2 py-1">{s.techniques.join(", ") || "—"}</td>
                    <td className="px-2 py-1">{s.areas.join(", ") || "—"}</td>
                    <td className="px-2 py-1">{s.pressure}</td>
                    <td className="px-2 py-1">{toleranceLabels[s.tolerance]}</td>
                    <td className="px-2 py-1">{adverse ? `${adverseSeverityLabels[adverse.severity]}: ${adverse.description}` : "none"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {dispatch.scores.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-left text-sm">
            <caption className="mb-1 text-left font-semibold">Outcome scores you recorded</caption>
            <ColumnHeadings labels={["Date", "When", "Pain now", "PEG pain", "PEG enjoyment", "PEG activity", "Impression of change"]} />
            <tbody>
              {dispatch.scores.map((s) => (
                <tr key={s.id} className="border-b border-slate-200">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {s.recordedOn}
                  </th>
                  <td className="px-2 py-1">{scoreTimepointLabels[s.timepoint]}</td>
                  <td className="px-2 py-1">{s.pain}</td>
                  <td className="px-2 py-1">{s.pegPain}</td>
                  <td className="px-2 py-1">{s.pegEnjoyment}</td>
                  <td className="px-2 py-1">{s.pegActivity}</td>
                  <td className="px-2 py-1">{pgicWords(s.pgic)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
