import type { SendPanelView } from "@/lib/data/referral-dispatch";
import { dispatchStatusLabels } from "@/lib/domain/referral-loop/status";
import { LazyTherapistChooser } from "./therapist-chooser-lazy";

const utc = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/**
 * "Send to therapist" on the clinician's own final referral: the directory's therapists, best fit for
 * this patient's precautions first with the reason; choosing one and confirming sends it (the chooser,
 * therapist-chooser.tsx). Once sent, it says to whom and when. A server component: the words need no
 * JavaScript; only the chooser does.
 */
export function SendToTherapistPanel({ referralId, view }: { referralId: string; view: SendPanelView }) {
  return (
    <section aria-labelledby="send-title" className="no-print space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="send-title" className="text-lg font-semibold">
        Send to therapist
      </h2>
      {view.current ? (
        <p data-testid="sent-to">
          Sent to <strong>{view.current.therapistName}</strong>
          {view.current.practice ? ` (${view.current.practice})` : ""} on{" "}
          <time dateTime={view.current.sentAt}>{utc(view.current.sentAt)}</time> — {dispatchStatusLabels[view.current.status]}.
        </p>
      ) : (
        <>
          {view.declinedBy.length > 0 ? (
            <p className="text-sm text-slate-800">Declined by {view.declinedBy.join(", ")}: choose someone else.</p>
          ) : null}
          {view.prenatalRequired ? (
            <p className="text-sm text-slate-800">
              This referral keeps modalities that need a prenatal-trained therapist: only prenatal-trained therapists can be chosen.
            </p>
          ) : null}
          {view.choices.length === 0 ? (
            <p className="text-sm text-slate-800">
              No therapist in the directory is accepting new patients. An admin curates the directory.
            </p>
          ) : (
            <LazyTherapistChooser referralId={referralId} choices={view.choices} />
          )}
        </>
      )}
    </section>
  );
}
