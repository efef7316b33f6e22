"use client";

import { buttonSecondary } from "./fields";

export interface AutosavedIntake {
  id: string;
  updatedAt: string;
  patientName: string;
}

/** Offers back the intake autosaved before a reload or a closed tab. */
export function RestoreNotice({ draft, onRestore, onDiscard }: { draft: AutosavedIntake; onRestore: () => void; onDiscard: () => void }) {
  const when = new Date(draft.updatedAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
  return (
    <section
      aria-labelledby="restore-title"
      className="space-y-2 rounded-md border border-brand-700 bg-brand-50 p-3 text-sm text-slate-900"
    >
      <h2 id="restore-title" className="font-semibold">
        Unsaved intake from {when}
      </h2>
      <p>
        {draft.patientName ? `For ${draft.patientName}. ` : ""}It was autosaved on the server (only you can see it). Restore it to carry on,
        or discard it.
      </p>
      <div className="flex gap-2">
        <button type="button" className={buttonSecondary} onClick={onRestore}>
          Restore the intake
        </button>
        <button type="button" className={buttonSecondary} onClick={onDiscard}>
          Discard it
        </button>
      </div>
    </section>
  );
}
