"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { intakeFingerprint, STALE_SUGGESTION_MESSAGE } from "@/lib/domain/referral/intake-fingerprint";
import type { DoseInput } from "@/lib/schemas/referral";
import { buttonPrimary } from "./fields";
import { saveSummary, type ReferralFormValues } from "./form-model";

interface Props {
  conditionName: string;
  dose: DoseInput;
  /** Fingerprint of the intake the chosen suggestion was made from. */
  suggestedFor: string;
  saving: boolean;
  formError: string | null;
  onSave: () => void;
}

/**
 * "Save referral" with, right beside it, what will be saved (condition and dose in the sheet's words)
 * and, when the intake changed after the suggestion, why saving is blocked. The server refuses the same
 * case (createReferralAction compares the fingerprints), so this only says it sooner and where it is seen.
 */
export function SaveArea({ conditionName, dose, suggestedFor, saving, formError, onSave }: Props) {
  const { control } = useFormContext<ReferralFormValues>();
  const intakeNow = useWatch({ control, name: "intake" });
  const stale = suggestedFor !== "" && intakeFingerprint(intakeNow) !== suggestedFor;
  const describedBy = stale ? "save-summary save-blocked" : "save-summary";
  return (
    <div className="space-y-2 rounded-md border border-slate-300 bg-slate-50 p-3">
      <p id="save-summary" className="text-sm text-slate-900" data-testid="save-summary">
        <span className="font-semibold">Will be saved:</span> {saveSummary(conditionName, dose)}
      </p>
      {formError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonPrimary}
          disabled={saving}
          aria-disabled={stale || undefined}
          aria-describedby={describedBy}
          onClick={() => {
            if (!stale) onSave();
          }}
        >
          {saving ? "Saving…" : "Save referral"}
        </button>
        {stale && (
          <p id="save-blocked" role="alert" className="max-w-xl text-sm font-medium text-red-800">
            Saving is blocked. {STALE_SUGGESTION_MESSAGE}
          </p>
        )}
      </div>
    </div>
  );
}
