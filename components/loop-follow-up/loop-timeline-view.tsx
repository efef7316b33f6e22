import type { TimelineStep } from "@/lib/domain/loop-follow-up/timeline";

const stateWords = { done: "done", current: "now", upcoming: "to come" } as const;
const dot = { done: "bg-emerald-700", current: "bg-blue-800", upcoming: "bg-slate-300" } as const;

/** The referral's way through the loop, as an ordered list (step, when, and its detail line). */
export function LoopTimelineView({ steps, title }: { steps: TimelineStep[]; title: string }) {
  return (
    <ol aria-label={title} className="space-y-2">
      {steps.map((s) => (
        <li key={s.key} className="flex gap-3" aria-current={s.state === "current" ? "step" : undefined}>
          <span aria-hidden="true" className={`mt-1.5 h-3 w-3 shrink-0 rounded-full ${dot[s.state]}`} />
          <div>
            <p className="font-semibold">
              {s.label} <span className="text-sm font-normal text-slate-700">({stateWords[s.state]})</span>
              {s.at ? (
                <>
                  {" "}
                  <time className="text-sm font-normal text-slate-700" dateTime={s.at}>
                    {s.at.slice(0, 10)}
                  </time>
                </>
              ) : null}
            </p>
            {s.detail ? <p className="text-sm text-slate-800">{s.detail}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
