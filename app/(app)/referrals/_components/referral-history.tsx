import type { ReferralEventView } from "@/lib/data/referrals";
import { referralStatusLabels } from "@/lib/schemas/labels/referral";

/** Every status change, oldest first, with who made it and their note. Times in UTC, as audited. */
export function ReferralHistory({ events }: { events: ReferralEventView[] }) {
  return (
    <section aria-labelledby="history-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-title" className="text-lg font-semibold">
        Status history
      </h2>
      {events.length === 0 ? (
        <p className="mt-1 text-slate-700">No status changes recorded.</p>
      ) : (
        <ol className="mt-2 space-y-1 text-sm">
          {events.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{e.at.slice(0, 16).replace("T", " ")} UTC</time> —{" "}
              {e.fromStatus ? `${referralStatusLabels[e.fromStatus]} → ` : ""}
              <strong>{referralStatusLabels[e.toStatus]}</strong> by {e.byName}
              {e.note ? <span className="text-slate-700"> ({e.note})</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
