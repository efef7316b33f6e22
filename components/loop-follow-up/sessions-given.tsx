import type { LoopDispatchView } from "@/lib/data/loop-follow-up";
import { ColumnHeadings } from "./column-headings";

/**
 * Sessions given against the dose prescribed: the count against the prescription, then each session's
 * minutes against the prescribed minutes (a shorter or longer session is said, not hidden).
 */
export function SessionsGiven({ sessions, dose }: { sessions: LoopDispatchView["sessions"]; dose: LoopDispatchView["dose"] }) {
  return (
    <div className="space-y-2">
      <p>
        <strong>Sessions given: {dose.progress}.</strong> <span className="text-slate-800">Prescribed: {dose.line}.</span>
      </p>
      {sessions.length === 0 ? (
        <p className="text-sm text-slate-700">No session logged yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm text-slate-900">
            <caption className="mb-1 text-left font-semibold">Sessions logged by the therapist</caption>
            <ColumnHeadings labels={["Date", "Minutes", "Techniques", "Areas", "Pressure", "Tolerated", "Adverse event"]} />
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-1 font-medium">
                    <time dateTime={s.date}>{s.date}</time>
                  </th>
                  <td className="px-2 py-1">
                    {s.minutes}
                    {dose.minutesPerSession !== null && s.minutes !== dose.minutesPerSession ? (
                      <span className="block text-slate-700">(prescribed {dose.minutesPerSession})</span>
                    ) : null}
                  </td>
                  <td className="px-2 py-1">{s.techniques.join(", ") || "—"}</td>
                  <td className="px-2 py-1">{s.areas.join(", ") || "—"}</td>
                  <td className="px-2 py-1">{s.pressure}</td>
                  <td className="px-2 py-1">{s.tolerance}</td>
                  <td className="px-2 py-1">
                    {s.adverseEvent ? (
                      <strong className="text-red-800">
                        {s.adverseEvent.severity}: {s.adverseEvent.description}
                      </strong>
                    ) : (
                      "none"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
