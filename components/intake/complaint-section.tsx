"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { bodyRegions } from "@/lib/schemas/labels/intake";
import { GroupError, TextAreaField } from "./fields";
import { numberOrNull, type ReferralFormValues } from "./form-model";

export const COMPLAINT_MAX = 2000;

/**
 * The complaint's length as it is typed or pasted. No maxLength on the field: a browser silently cuts a
 * pasted 3,000-character note to 2,000; here it stays whole and the clinician is told, before Suggest,
 * how much to shorten it.
 */
function ComplaintLength() {
  const { control } = useFormContext<ReferralFormValues>();
  const complaint = useWatch({ control, name: "intake.complaint" }) ?? "";
  const length = complaint.trim().length;
  const over = length - COMPLAINT_MAX;
  return (
    <p aria-live="polite" data-testid="complaint-length" className={`text-sm ${over > 0 ? "font-medium text-red-800" : "text-slate-700"}`}>
      {over > 0
        ? `${length.toLocaleString("en-US")} characters: ${over.toLocaleString("en-US")} over the ${COMPLAINT_MAX.toLocaleString("en-US")} limit. Shorten it before suggesting; nothing has been cut.`
        : `${length.toLocaleString("en-US")} of ${COMPLAINT_MAX.toLocaleString("en-US")} characters`}
    </p>
  );
}

export function ComplaintSection() {
  const {
    register,
    formState: { errors },
  } = useFormContext<ReferralFormValues>();
  const e = errors.intake;
  const locationsError = e?.painLocations?.message ?? e?.painLocations?.root?.message;

  return (
    <section aria-labelledby="complaint-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="complaint-heading" className="text-lg font-semibold">
        Complaint and goals
      </h2>
      <TextAreaField
        label="Complaint"
        rows={4}
        hint="In your own words or shorthand, e.g. “chronic low back pain 6 months, desk job”. Up to 2,000 characters."
        error={e?.complaint?.message}
        {...register("intake.complaint")}
      />
      <ComplaintLength />
      <fieldset aria-describedby={locationsError ? "pain-locations-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Pain location(s)</legend>
        <div className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
          {bodyRegions.map((region) => (
            <label key={region.value} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" value={region.value} className="h-4 w-4" {...register("intake.painLocations")} />
              {region.label}
            </label>
          ))}
        </div>
        <GroupError id="pain-locations-error" error={locationsError} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Duration" hint="e.g. 6 months, since 2022" error={e?.duration?.message} {...register("intake.duration")} />
        <TextField
          label="Pain intensity (0-10)"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          hint="0 = no pain, 10 = worst imaginable"
          error={e?.painIntensity?.message}
          {...register("intake.painIntensity", { setValueAs: numberOrNull })}
        />
      </div>
      <TextAreaField label="Functional goals" rows={2} error={e?.goals?.message} {...register("intake.goals")} />
    </section>
  );
}
