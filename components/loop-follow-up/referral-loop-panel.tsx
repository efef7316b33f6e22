import type { ClinicianLoopView } from "@/lib/data/loop-follow-up";
import { LoopTimelineView } from "./loop-timeline-view";
import { LazyScoreChart } from "./score-chart-lazy";
import { ScoreTable } from "./score-table";
import { SessionsGiven } from "./sessions-given";

/**
 * What happened after the referral was sent, on the referring clinician's page: the status timeline,
 * sessions given against the dose prescribed, the outcome scores over time (chart + the same figures as
 * a table) and any adverse events. Renders nothing for a referral never sent.
 */
export function ReferralLoopPanel({ loop, bundleHref }: { loop: ClinicianLoopView; bundleHref: string }) {
  const current = loop.current;
  if (!current) return null;
  return (
    <section aria-labelledby="loop-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="loop-title" className="text-lg font-semibold">
          Course with {current.therapistName}
        </h2>
        {/* A plain anchor: a file download from a route handler. */}
        <a href={bundleHref} className="text-sm text-blue-800 underline">
          Download the loop (FHIR R4 Bundle)
        </a>
      </div>
      <LoopTimelineView steps={current.timeline} title="Referral status" />
      {loop.declinedBefore.length > 0 ? (
        <ul className="text-sm text-slate-800">
          {loop.declinedBefore.map((d) => (
            <li key={`${d.therapistName}-${d.at}`}>
              Declined earlier by {d.therapistName} on <time dateTime={d.at}>{d.at.slice(0, 10)}</time>
              {d.reason ? `: ${d.reason}` : " (no reason given)"}
            </li>
          ))}
        </ul>
      ) : null}
      {current.adverseEvents.length > 0 ? (
        <div className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          <h3 className="font-semibold">Adverse events reported</h3>
          <ul className="list-disc pl-5">
            {current.adverseEvents.map((e) => (
              <li key={e.id}>
                <time dateTime={e.occurredOn}>{e.occurredOn}</time> — <strong>{e.severity}</strong>: {e.description}
                {e.acknowledged ? " (acknowledged)" : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SessionsGiven sessions={current.sessions} dose={current.dose} />
      <div className="space-y-2">
        <h3 className="font-semibold">Outcome scores over time</h3>
        {current.scores.length === 0 ? (
          <p className="text-sm text-slate-700">No scores recorded yet.</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            <LazyScoreChart rows={current.scores} />
            <ScoreTable rows={current.scores} />
          </div>
        )}
      </div>
    </section>
  );
}
