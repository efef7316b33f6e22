"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { changeReferralStatusAction } from "@/lib/actions/change-referral-status";
import { duplicateReferralAction } from "@/lib/actions/duplicate-referral";
import { referralStatusLabels, type ReferralStatus } from "@/lib/schemas/labels/referral";
import { CancelReferral } from "./cancel-referral";

const verb: Partial<Record<ReferralStatus, string>> = { sent: "Mark sent", completed: "Mark completed" };
const linkButton = "rounded-md bg-brand-800 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700";

interface Props {
  id: string;
  status: ReferralStatus;
  nextStatuses: readonly ReferralStatus[];
  canAmend: boolean;
}

/**
 * What the owner can do with a referral: edit a draft (it reopens in the intake form), amend a final or
 * sent one (a new version with a reason), move it along (sent, completed), cancel it (asks first, with a
 * reason) or duplicate it as a new editable draft.
 */
export function ReferralActions({ id, status, nextStatuses, canAmend }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const noteId = useId();
  const moves = nextStatuses.filter((to) => verb[to] !== undefined);

  const statusChange = useMutation({
    mutationFn: async ({ to, text }: { to: ReferralStatus; text: string }) => {
      const result = await changeReferralStatusAction({ id, to, note: text });
      if (!result.ok) throw new Error(result.error);
      return result.data.status;
    },
    onSuccess: async (next) => {
      setNote("");
      setMessage(`Status changed to ${referralStatusLabels[next]}.`);
      await queryClient.invalidateQueries({ queryKey: ["referrals"] });
      router.refresh();
    },
    onError: (error) => setMessage(error.message),
  });

  const duplicate = useMutation({
    mutationFn: async () => {
      const result = await duplicateReferralAction({ id });
      if (!result.ok) throw new Error(result.error);
      return result.data.id;
    },
    onSuccess: async (copyId) => {
      await queryClient.invalidateQueries({ queryKey: ["referrals"] });
      // The copy opens in the intake form, ready to edit.
      router.push(`/intake?draft=${encodeURIComponent(copyId)}`);
    },
    onError: (error) => setMessage(error.message),
  });

  const busy = statusChange.isPending || duplicate.isPending;
  return (
    <section aria-labelledby="referral-actions-title" className="no-print rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="referral-actions-title" className="text-lg font-semibold">
        Actions
      </h2>
      {moves.length > 0 && (
        <div className="mt-2">
          <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">
            Note for the status history (optional)
          </label>
          <input
            id={noteId}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            className="mt-1 block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
          />
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-start gap-2">
        {status === "draft" && (
          <Link href={`/intake?draft=${encodeURIComponent(id)}`} className={linkButton}>
            Edit draft
          </Link>
        )}
        {canAmend && (
          <Link href={`/intake?amend=${encodeURIComponent(id)}`} className={linkButton}>
            Amend referral
          </Link>
        )}
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            disabled={busy}
            onClick={() => statusChange.mutate({ to, text: note })}
            className={`${linkButton} disabled:opacity-50`}
          >
            {verb[to]}
          </button>
        ))}
        <button
          type="button"
          disabled={busy}
          onClick={() => duplicate.mutate()}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 disabled:opacity-50"
        >
          Duplicate as new draft
        </button>
        {nextStatuses.includes("cancelled") && (
          <CancelReferral busy={busy} onConfirm={(reason) => statusChange.mutate({ to: "cancelled", text: reason })} />
        )}
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-800">
        {message}
      </p>
    </section>
  );
}
