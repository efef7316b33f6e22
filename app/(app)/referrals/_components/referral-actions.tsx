"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { changeReferralStatusAction } from "@/lib/actions/change-referral-status";
import { duplicateReferralAction } from "@/lib/actions/duplicate-referral";
import { referralStatusLabels, type ReferralStatus } from "@/lib/schemas/labels/referral";

const verb: Record<ReferralStatus, string> = {
  draft: "Back to draft",
  final: "Mark final",
  sent: "Mark sent",
  completed: "Mark completed",
  cancelled: "Cancel referral",
};

/** Status buttons (only the moves canTransition allows, computed on the server) and "Duplicate as new draft". */
export function ReferralActions({ id, nextStatuses }: { id: string; nextStatuses: readonly ReferralStatus[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const noteId = useId();

  const statusChange = useMutation({
    mutationFn: async (to: ReferralStatus) => {
      const result = await changeReferralStatusAction({ id, to, note });
      if (!result.ok) throw new Error(result.error);
      return result.data.status;
    },
    onSuccess: async (status) => {
      setNote("");
      setMessage(`Status changed to ${referralStatusLabels[status]}.`);
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
      router.push(`/referrals/${copyId}`);
    },
    onError: (error) => setMessage(error.message),
  });

  const busy = statusChange.isPending || duplicate.isPending;
  return (
    <section aria-labelledby="referral-actions-title" className="no-print rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="referral-actions-title" className="text-lg font-semibold">
        Actions
      </h2>
      {nextStatuses.length > 0 && (
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
      <div className="mt-3 flex flex-wrap gap-2">
        {nextStatuses.map((to) => (
          <button
            key={to}
            type="button"
            disabled={busy}
            onClick={() => statusChange.mutate(to)}
            className={
              to === "cancelled"
                ? "rounded-md border border-red-700 bg-white px-4 py-2 text-sm font-semibold text-red-800 disabled:opacity-50"
                : "rounded-md bg-brand-800 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50"
            }
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
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-800">
        {message}
      </p>
    </section>
  );
}
