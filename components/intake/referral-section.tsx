"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { completeChosenDose, totalIsDerived } from "@/lib/domain/dose/dose";
import { formatRange } from "@/lib/domain/dose/dose-words";
import type { DoseRange } from "@/lib/schemas/evidence";
import type { SuggestionCard } from "@/lib/domain/referral/suggest";
import { changedDoseFields, doseFields, overrideReasonCodes, overrideReasonLabels } from "@/lib/schemas/labels/referral";
import type { DoseInput } from "@/lib/schemas/referral";
import { SelectField, TextAreaField } from "./fields";
import { numberOrNull, suggestionContext, textOrUndefined, type ReferralFormValues } from "./form-model";
import { SaveArea } from "./save-area";

const doseLabels: Record<keyof DoseInput, { label: string; unit: string; step: string }> = {
  minutesPerSession: { label: "Minutes per session", unit: "minute", step: "1" },
  sessionsPerWeek: { label: "Sessions per week", unit: "session", step: "0.5" },
  weeks: { label: "Number of weeks", unit: "week", step: "1" },
  totalSessions: { label: "Total sessions", unit: "session", step: "1" },
};
/** The amendment reason's message (react-hook-form types the union's errors loosely). */
function amendReasonError(edit: unknown): string | undefined {
  const reason = typeof edit === "object" && edit !== null ? (edit as { reason?: { message?: unknown } }).reason : undefined;
  return typeof reason?.message === "string" ? reason.message : undefined;
}

/** A range is the clinician's to narrow: the field starts empty and says so. */
function suggestedHint(range: DoseRange, unit: string): string {
  if (range === null) return "Suggested: not established by the evidence";
  if (range.min === range.max) return `Suggested: ${formatRange(range, unit)}`;
  return `The evidence gives ${formatRange(range, unit)}: enter the figure for this patient`;
}

const reasonOptions = overrideReasonCodes.map((value) => ({ value, label: overrideReasonLabels[value] }));

interface Props {
  card: SuggestionCard;
  /** Saving makes an amendment of a final referral: a reason is required and it is saved as final. */
  amending?: boolean;
  suggestedFor: string;
  saving: boolean;
  formError: string | null;
  onSave: () => void;
}

/** The chosen condition's dose editor, override reasons and "Save referral". */
export function ReferralSection({ card, amending = false, suggestedFor, saving, formError, onSave }: Props) {
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = useFormContext<ReferralFormValues>();
  const finalDose = useWatch({ control, name: "finalDose" });
  const { suggestedDose } = suggestionContext(card);
  const typed: DoseInput = {
    minutesPerSession: numberOrNull(finalDose?.minutesPerSession),
    sessionsPerWeek: numberOrNull(finalDose?.sessionsPerWeek),
    weeks: numberOrNull(finalDose?.weeks),
    totalSessions: numberOrNull(finalDose?.totalSessions),
  };
  // With a frequency and a course length, the total is their product (the dose model's rule), never typed.
  const derived = totalIsDerived(typed);
  const current = completeChosenDose(typed);
  useEffect(() => {
    if (derived && current.totalSessions !== typed.totalSessions) {
      setValue("finalDose.totalSessions", current.totalSessions, { shouldValidate: false });
    }
  }, [derived, current.totalSessions, typed.totalSessions, setValue]);
  const changed = changedDoseFields(suggestedDose, current);
  const showReason = changed.length > 0 || Boolean(errors.overrideReason || errors.overrideNote);

  return (
    <section aria-labelledby="referral-heading" className="space-y-4 rounded-lg border border-brand-700 bg-white p-4">
      <h2 id="referral-heading" tabIndex={-1} className="text-lg font-semibold">
        Referral for {card.conditionName}
      </h2>
      <p className="text-sm text-slate-700">
        One referral is for one condition, so its dose, evidence and precautions stay unambiguous on the sheet. To refer for a second
        condition, save this referral, then start a new one.
      </p>
      {errors.conditionSlug?.message && <p className="text-sm font-medium text-red-800">{errors.conditionSlug.message}</p>}

      <fieldset className="space-y-2">
        <legend className="font-semibold text-slate-900">Dose</legend>
        <p className="text-sm text-slate-700">
          Start from the suggestion. Where the evidence gives a range, choose the figure; a figure outside the suggested range is a change
          and needs a reason.
        </p>
        <div className="grid gap-4 sm:grid-cols-4">
          {doseFields.map((field) => {
            const range = card.dose[field];
            const worked = field === "totalSessions" && derived;
            return (
              <TextField
                key={field}
                label={doseLabels[field].label}
                type="number"
                inputMode="decimal"
                step={doseLabels[field].step}
                min={0}
                readOnly={worked}
                hint={worked ? "Worked out: sessions per week × weeks" : suggestedHint(range, doseLabels[field].unit)}
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
            <p className="text-sm text-amber-950">
              Changed from the suggestion: {changed.map((f) => doseLabels[f].label.toLowerCase()).join(", ")}.
            </p>
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

      {amending ? (
        <TextAreaField
          label="Reason for the amendment"
          hint="Required. Printed on the new version; the original stays readable and is marked as amended. Saved as final."
          rows={2}
          error={amendReasonError(errors.edit)}
          {...register("edit.reason")}
        />
      ) : (
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
      )}

      <SaveArea
        conditionName={card.conditionName}
        dose={current}
        suggestedFor={suggestedFor}
        saving={saving}
        formError={formError}
        onSave={onSave}
      />
    </section>
  );
}
