"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { sendReferralToTherapistAction } from "@/lib/actions/send-referral-to-therapist";
import type { SendChoice } from "@/lib/data/referral-dispatch";

const button = "rounded-md bg-brand-800 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50";
const secondary = "rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 disabled:opacity-50";

/**
 * The interactive part of "Send to therapist": the ranked therapists as radios (each described by the
 * reason for its place; one the referral rules out is disabled with why), then Send, a confirmation that
 * takes the focus, and Confirm. Errors are an alert tied to the choice; the server refuses what the panel
 * disables, too.
 */
export function TherapistChooser({ referralId, choices }: { referralId: string; choices: SendChoice[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errorId = useId();
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const choice = choices.find((c) => c.id === chosen) ?? null;

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
    <div className="space-y-3">
      <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined} disabled={send.isPending}>
        <legend className="text-sm font-medium text-slate-800">
          Choose a therapist (best fit for this patient&apos;s precautions first)
        </legend>
        <ul className="mt-2 space-y-2">
          {choices.map((c) => (
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
      ) : (
        <button type="button" className={button} onClick={askToConfirm}>
          Send to therapist
        </button>
      )}
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-slate-800">
        {sentTo ? `Sent to ${sentTo}.` : null}
      </p>
    </div>
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
