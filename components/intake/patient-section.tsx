"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { ageFromDob, sexLabels, sexValues } from "@/lib/schemas/labels/intake";
import { SelectField } from "./fields";
import { numberOrNull, textOrUndefined, type ReferralFormValues } from "./form-model";

const sexOptions = sexValues.map((value) => ({ value, label: sexLabels[value] }));

export function PatientSection() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ReferralFormValues>();
  const e = errors.intake;
  const [dob, pregnant] = useWatch({ control, name: ["intake.dateOfBirth", "intake.pregnant"] });
  const age = typeof dob === "string" ? ageFromDob(dob, new Date()) : null;

  return (
    <section aria-labelledby="patient-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="patient-heading" className="text-lg font-semibold">
        Patient
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Patient name" autoComplete="off" error={e?.patientName?.message} {...register("intake.patientName")} />
        <div>
          <TextField
            label="Date of birth"
            type="date"
            hint="Pick the date or type it in the order the field shows (your browser's date format)"
            error={e?.dateOfBirth?.message}
            {...register("intake.dateOfBirth")}
          />
          {age !== null && age >= 0 && (
            <p className="mt-1 text-sm text-slate-700" aria-live="polite" data-testid="patient-age">
              Age: {age} {age === 1 ? "year" : "years"}
            </p>
          )}
        </div>
        <SelectField
          label="Sex"
          placeholder="Choose…"
          options={sexOptions}
          error={e?.sex?.message}
          {...register("intake.sex", { setValueAs: textOrUndefined })}
        />
        <TextField label="MRN (optional)" autoComplete="off" error={e?.mrn?.message} {...register("intake.mrn")} />
      </div>
      <div className="space-y-2">
        <div className="flex items-center gap-2">
          <input
            id="intake-pregnant"
            type="checkbox"
            className="h-5 w-5"
            aria-invalid={e?.pregnant ? true : undefined}
            aria-describedby={e?.pregnant ? "intake-pregnant-error" : undefined}
            {...register("intake.pregnant")}
          />
          <label htmlFor="intake-pregnant" className="text-sm font-medium text-slate-800">
            Pregnant
          </label>
        </div>
        {e?.pregnant?.message && (
          <p id="intake-pregnant-error" className="text-sm font-medium text-red-800">
            {e.pregnant.message}
          </p>
        )}
        {pregnant === true && (
          <TextField
            label="Weeks of pregnancy"
            type="number"
            inputMode="numeric"
            min={1}
            max={42}
            className="max-w-xs"
            error={e?.pregnancyWeeks?.message}
            {...register("intake.pregnancyWeeks", { setValueAs: numberOrNull })}
          />
        )}
        {pregnant === true && (
          <div className="flex items-start gap-2">
            <input
              id="intake-prenatal-trained"
              type="checkbox"
              className="mt-0.5 h-5 w-5"
              aria-describedby="intake-prenatal-trained-hint"
              {...register("intake.prenatalTrainedTherapist")}
            />
            <div>
              <label htmlFor="intake-prenatal-trained" className="text-sm font-medium text-slate-800">
                The therapist is prenatal-trained
              </label>
              <p id="intake-prenatal-trained-hint" className="text-sm text-slate-700">
                Keeps Thai massage and deep abdominal work on the suggestion if the evidence names them; the referral can then be sent only
                to a prenatal-trained therapist.
              </p>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
