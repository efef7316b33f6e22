"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { sendReferralToTherapistAction } from "@/lib/actions/send-referral-to-therapist";
import type { SendChoice, SendPanelView } from "@/lib/data/referral-dispatch";
import { dispatchStatusLabels } from "@/lib/domain/referral-loop/status";

const button = "rounded-md bg-brand-800 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50";
const secondary = "rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 disabled:opacity-50";

const utc = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/**
 * "Send to therapist" on the clinician's own final referral: the directory's therapists, best fit for
 * this patient's precautions first with the reason; choosing one and confirming sends it. Once sent, it
 * says to whom and when. A therapist the referral rules out (no prenatal training when one is required)
 * is shown but cannot be chosen; the server refuses them too.
 */
export function SendToTherapistPanel({ referralId, view }: { referralId: string; view: SendPanelView }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errorId = useId();
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const choice = view.choices.find((c) => c.id === chosen) ?? null;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const send = useMutation({
    mutationFn: async (therapist: SendChoice) => {
      const result = await sendReferralToTherapistAction({ referralId, therapistId: therapist.id });
      if (!result.ok) throw new Error(result.error);
      return therapist.name;
    },
    onSuccess: (name) => {
      setSentTo(name);
      setConfirming(false);
      router.refresh();
    },
    onError: (e) => {
      setConfirming(false);
      setError(e.message);
    },
  });

  function askToConfirm() {
    if (!choice) return setError("Choose a therapist to send this referral to");
    setError(null);
    setConfirming(true);
  }

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
            <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined} disabled={send.isPending}>
              <legend className="text-sm font-medium text-slate-800">
                Choose a therapist (best fit for this patient&apos;s precautions first)
              </legend>
              <ul className="mt-2 space-y-2">
                {view.choices.map((c) => (
                  <TherapistOption
                    key={c.id}
                    choice={c}
                    checked={chosen === c.id}
                    onChoose={() => {
                      setChosen(c.id);
                      setConfirming(false);
                      setError(null);
                    }}
                  />
                ))}
              </ul>
            </fieldset>
          )}
          {confirming && choice ? (
            <div className="rounded-md border border-brand-800 bg-slate-50 p-3">
              <p ref={confirmRef} tabIndex={-1} className="font-medium">
                Send this referral to {choice.name}? They get an invitation (or a notice) by mail, with no patient details in it.
              </p>
              <div className="mt-2 flex gap-2">
                <button type="button" className={button} disabled={send.isPending} onClick={() => send.mutate(choice)}>
                  {send.isPending ? "Sending…" : "Confirm and send"}
                </button>
                <button type="button" className={secondary} disabled={send.isPending} onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : view.choices.length > 0 ? (
            <button type="button" className={button} onClick={askToConfirm}>
              Send to therapist
            </button>
          ) : null}
          {error ? (
            <p id={errorId} role="alert" className="text-sm font-medium text-red-800">
              {error}
            </p>
          ) : null}
        </>
      )}
      <p role="status" aria-live="polite" className="text-sm text-slate-800">
        {sentTo ? `Sent to ${sentTo}.` : null}
      </p>
    </section>
  );
}

function TherapistOption({ choice, checked, onChoose }: { choice: SendChoice; checked: boolean; onChoose: () => void }) {
  const id = useId();
  const blocked = choice.unavailable !== null;
  return (
    <li className={`rounded-md border p-2 ${checked ? "border-brand-800" : "border-slate-300"} ${blocked ? "bg-slate-100" : ""}`}>
      <div className="flex items-start gap-2">
        <input
          id={`${id}-radio`}
          type="radio"
          name="therapist"
          value={choice.id}
          checked={checked}
          disabled={blocked}
          onChange={onChoose}
          aria-describedby={`${id}-why`}
          className="mt-1"
        />
        <div>
          <label htmlFor={`${id}-radio`} className="font-medium">
            {choice.name}
            {choice.practice ? `, ${choice.practice}` : ""}
          </label>
          <div id={`${id}-why`} className="text-sm text-slate-800">
            {blocked ? <p className="font-medium text-red-800">{choice.unavailable}</p> : null}
            {choice.reason ? <p>{choice.reason}</p> : null}
            {choice.notCovered.length > 0 ? <p>No training listed for: {choice.notCovered.join(", ")}</p> : null}
            <p>
              {choice.training.length > 0 ? `Training: ${choice.training.join(", ")}` : "No special training listed"}
              {choice.languages.length > 0 ? ` · Languages: ${choice.languages.join(", ")}` : ""}
            </p>
          </div>
        </div>
      </div>
    </li>
  );
}
