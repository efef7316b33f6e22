"use client";

import { useEffect, useId, useRef, useState } from "react";
import { MIN_CANCEL_REASON } from "@/lib/schemas/labels/referral";

interface Props {
  busy: boolean;
  onConfirm: (reason: string) => void;
}

/**
 * "Cancel referral" asks first: a confirmation step with the reason, which is recorded in the history
 * and printed on the cancelled sheet. Nothing is sent until "Confirm cancellation".
 */
export function CancelReferral({ busy, onConfirm }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        disabled={busy}
        onClick={() => setOpen(true)}
        className="rounded-md border border-red-700 bg-white px-4 py-2 text-sm font-semibold text-red-800 disabled:opacity-50"
      >
        Cancel referral
      </button>
    );
  }
  return (
    <section aria-labelledby={`${reasonId}-title`} className="w-full space-y-2 rounded-md border border-red-700 bg-red-50 p-3">
      <h3 id={`${reasonId}-title`} className="font-semibold text-red-900">
        Cancel this referral?
      </h3>
      <p className="text-sm text-red-900">The sheet will be marked CANCELLED on every page, with your reason. This cannot be undone.</p>
      <label htmlFor={reasonId} className="block text-sm font-medium text-slate-900">
        Reason for cancelling (required)
      </label>
      <textarea
        id={reasonId}
        ref={field}
        rows={2}
        maxLength={500}
        value={reason}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${reasonId}-error` : undefined}
        onChange={(e) => setReason(e.target.value)}
        className="block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
      />
      {error && (
        <p id={`${reasonId}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            if (reason.trim().length < MIN_CANCEL_REASON) {
              setError(`Give the reason for cancelling (at least ${MIN_CANCEL_REASON} characters)`);
              field.current?.focus();
              return;
            }
            setError(null);
            onConfirm(reason.trim());
          }}
          className="rounded-md bg-red-800 px-4 py-2 text-sm font-semibold text-white disabled:opacity-50"
        >
          Confirm cancellation
        </button>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900"
        >
          Keep the referral
        </button>
      </div>
    </section>
  );
}
