"use client";

import { buttonSecondary } from "./fields";

export interface AutosavedIntake {
  id: string;
  updatedAt: string;
  patientName: string;
}

const headings = { new: "Unsaved intake", draft: "Unsaved changes to this draft", amend: "Unsaved amendment" } as const;

/** Offers back the form autosaved before a reload or a closed tab: a new intake's, or this referral's edits. */
export function RestoreNotice({
  draft,
  mode,
  onRestore,
  onDiscard,
}: {
  draft: AutosavedIntake;
  mode: keyof typeof headings;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const when = new Date(draft.updatedAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
  return (
    <section
      aria-labelledby="restore-title"
      className="space-y-2 rounded-md border border-brand-700 bg-brand-50 p-3 text-sm text-slate-900"
    >
      <h2 id="restore-title" className="font-semibold">
        {headings[mode]} from {when}
      </h2>
      <p>
        {draft.patientName ? `For ${draft.patientName}. ` : ""}It was autosaved on the server (only you can see it). Restore it to carry on
        where you were — the condition you chose is chosen again, with the dose and reasons as you left them — or discard it.
      </p>
      <div className="flex gap-2">
        <button type="button" className={buttonSecondary} onClick={onRestore}>
          Restore the {mode === "new" ? "intake" : "changes"}
        </button>
        <button type="button" className={buttonSecondary} onClick={onDiscard}>
          Discard it
        </button>
      </div>
    </section>
  );
}
