"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { acknowledgeAdverseEventAction } from "@/lib/actions/acknowledge-adverse-event";

/**
 * "Acknowledge" on an adverse event in the needs-attention list: the clinician has read it, so it leaves
 * the list and the header badge (the action revalidates the layout; the refresh redraws both).
 */
export function AcknowledgeAdverseEvent({ id, what }: { id: string; what: string }) {
  const router = useRouter();
  const errorId = useId();
  const acknowledge = useMutation({
    mutationFn: async () => {
      const result = await acknowledgeAdverseEventAction({ id });
      if (!result.ok) throw new Error(result.error);
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <div>
      <button
        type="button"
        onClick={() => acknowledge.mutate()}
        disabled={acknowledge.isPending || acknowledge.isSuccess}
        aria-describedby={acknowledge.isError ? errorId : undefined}
        aria-label={`Acknowledge ${what}`}
        className="rounded-md border border-slate-500 bg-white px-3 py-1 text-sm font-semibold text-slate-900 disabled:opacity-50"
      >
        {acknowledge.isSuccess ? "Acknowledged" : acknowledge.isPending ? "Acknowledging…" : "Acknowledge"}
      </button>
      {acknowledge.isError ? (
        <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-red-800">
          {acknowledge.error.message}
        </p>
      ) : null}
    </div>
  );
}
