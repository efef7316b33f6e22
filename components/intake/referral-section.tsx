"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { formatRange } from "@/lib/domain/evidence/dose-format";
import type { SuggestionCard } from "@/lib/domain/referral/suggest";
import { changedDoseFields, doseFields, overrideReasonCodes, overrideReasonLabels } from "@/lib/schemas/labels/referral";
import type { DoseInput } from "@/lib/schemas/referral";
import { buttonPrimary, SelectField, TextAreaField } from "./fields";
import { numberOrNull, suggestionContext, textOrUndefined, type ReferralFormValues } from "./form-model";

const doseLabels: Record<keyof DoseInput, { label: string; unit: string; step: string }> = {
  minutesPerSession: { label: "Minutes per session", unit: "minute", step: "1" },
  sessionsPerWeek: { label: "Sessions per week", unit: "session", step: "0.5" },
  weeks: { label: "Number of weeks", unit: "week", step: "1" },
  totalSessions: { label: "Total sessions", unit: "session", step: "1" },
};
const reasonOptions = overrideReasonCodes.map((value) => ({ value, label: overrideReasonLabels[value] }));

interface Props {
  card: SuggestionCard;
  saving: boolean;
  formError: string | null;
  onSave: () => void;
}

/** The chosen condition's dose editor, override reasons and "Save referral". */
export function ReferralSection({ card, saving, formError, onSave }: Props) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ReferralFormValues>();
  const finalDose = useWatch({ control, name: "finalDose" });
  const { suggestedDose } = suggestionContext(card);
  const current: DoseInput = {
    minutesPerSession: numberOrNull(finalDose?.minutesPerSession),
    sessionsPerWeek: numberOrNull(finalDose?.sessionsPerWeek),
    weeks: numberOrNull(finalDose?.weeks),
    totalSessions: numberOrNull(finalDose?.totalSessions),
  };
  const changed = changedDoseFields(suggestedDose, current);
  const showReason = changed.length > 0 || Boolean(errors.overrideReason || errors.overrideNote);

  return (
    <section aria-labelledby="referral-heading" className="space-y-4 rounded-lg border border-brand-700 bg-white p-4">
      <h2 id="referral-heading" tabIndex={-1} className="text-lg font-semibold">
        Referral for {card.conditionName}
      </h2>
      <p className="text-sm text-slate-700">
        One referral is for one condition, so its dose, evidence and precautions stay unambiguous on the sheet. To refer
        for a second condition, save this referral, then start a new one.
      </p>
      {errors.conditionSlug?.message && <p className="text-sm font-medium text-red-800">{errors.conditionSlug.message}</p>}

      <fieldset className="space-y-2">
        <legend className="font-semibold text-slate-900">Dose</legend>
        <p className="text-sm text-slate-700">
          Start from the suggestion. A figure outside the suggested range is a change and needs a reason.
        </p>
        <div className="grid gap-4 sm:grid-cols-4">
          {doseFields.map((field) => {
            const range = card.dose[field];
            return (
              <TextField
                key={field}
                label={doseLabels[field].label}
                type="number"
                inputMode="decimal"
                step={doseLabels[field].step}
                min={0}
                hint={`Suggested: ${range === null ? "not established by the evidence" : formatRange(range, doseLabels[field].unit)}`}
                error={errors.finalDose?.[field]?.message}
                {...register(`finalDose.${field}`, { setValueAs: numberOrNull })}
              />
            );
          })}
        </div>
      </fieldset>

      {showReason && (
        <fieldset className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-3">
          <legend className="px-1 font-semibold text-amber-950">Reason for changing the suggested dose</legend>
          {changed.length > 0 && (
            <p className="text-sm text-amber-950">Changed from the suggestion: {changed.map((f) => doseLabels[f].label.toLowerCase()).join(", ")}.</p>
          )}
          <SelectField
            label="Reason"
            placeholder="Choose a reason…"
            options={reasonOptions}
            error={errors.overrideReason?.message}
            {...register("overrideReason", { setValueAs: textOrUndefined })}
          />
          <TextAreaField label="Explain the change" rows={2} error={errors.overrideNote?.message} {...register("overrideNote")} />
        </fieldset>
      )}

      {card.blocked && (
        <TextAreaField
          label="Reason for referring despite the safety screen"
          hint="Required to save: the safety screen defers this patient. Your reason is recorded and printed on the referral."
          rows={3}
          error={errors.deferOverrideNote?.message}
          {...register("deferOverrideNote")}
        />
      )}

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Save as</legend>
        <div className="mt-1 flex gap-6">
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" value="final" className="h-4 w-4" {...register("status")} />
            Final (ready to print and send)
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" value="draft" className="h-4 w-4" {...register("status")} />
            Draft
          </label>
        </div>
        {errors.status?.message && <p className="text-sm font-medium text-red-800">{errors.status.message}</p>}
      </fieldset>

      {formError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {formError}
        </p>
      )}
      <button type="button" className={buttonPrimary} disabled={saving} onClick={onSave}>
        {saving ? "Saving…" : "Save referral"}
      </button>
    </section>
  );
}
