"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm, useWatch, type DefaultValues } from "react-hook-form";
import { logTherapySessionAction } from "@/lib/actions/log-therapy-session";
import {
  adverseSeverities,
  adverseSeverityLabels,
  pressureLevels,
  toleranceLabels,
  toleranceLevels,
} from "@/lib/domain/referral-loop/vocabulary";
import { sessionActionInput, sessionFormSchema, type SessionFormInput, type SessionFormValues } from "@/lib/schemas/therapist-forms";
import { applyFieldErrors } from "../ui/apply-field-errors";
import { buttonPrimary, CheckboxField, SelectField, TextAreaField } from "../ui/form-fields";
import { TextField } from "../ui/text-field";
import { RETRY_MESSAGE, TherapistFormCard } from "./form-shell";
import { useSubmitKey } from "./submit-key";

const FIELDS = [
  "sessionDate",
  "minutes",
  "techniques",
  "areas",
  "pressure",
  "tolerance",
  "notes",
  "adverseEvent.severity",
  "adverseEvent.description",
];
/** A server path → this form's field ("techniques.2" is the techniques box). */
const fieldFor = (key: string, message: string) => {
  const name = FIELDS.find((f) => key === f || key.startsWith(`${f}.`));
  return name ? { name, message } : null;
};

const pressureOptions = pressureLevels.map((p) => ({ value: p, label: p[0]?.toUpperCase() + p.slice(1) }));
const toleranceOptions = toleranceLevels.map((t) => ({ value: t, label: toleranceLabels[t] }));
const severityOptions = adverseSeverities.map((s) => ({ value: s, label: adverseSeverityLabels[s] }));

interface Props {
  dispatchId: string;
  /** Today on the server, as YYYY-MM-DD: the usual date of the session being logged. */
  today: string;
  /** The prescribed minutes, as the starting value. */
  prescribedMinutes: number | null;
}

/**
 * Log one session. Typed entries stay on any error; a retry (double click, lost connection) sends the same
 * key, so the server records one session; the key is renewed once the session is saved.
 */
export function SessionForm({ dispatchId, today, prescribedMinutes }: Props) {
  const router = useRouter();
  const { key, renew } = useSubmitKey();
  const blank: DefaultValues<SessionFormInput> = {
    sessionDate: today,
    minutes: prescribedMinutes ?? undefined,
    techniques: "",
    areas: "",
    notes: "",
    hasAdverseEvent: false,
    adverseEvent: { severity: "", description: "" },
  };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors },
  } = useForm<SessionFormInput, unknown, SessionFormValues>({ resolver: zodResolver(sessionFormSchema), defaultValues: blank });
  const mutation = useMutation({
    mutationFn: (values: SessionFormValues) => logTherapySessionAction(sessionActionInput(values, dispatchId, key)),
    onSuccess: (result) => {
      if (!result.ok) {
        if (!applyFieldErrors(setError, result.fieldErrors, fieldFor).applied) setError("root", { message: result.error });
        return;
      }
      renew();
      reset(blank);
      router.refresh();
    },
    onError: () => setError("root", { message: RETRY_MESSAGE }),
  });
  const saved = mutation.data?.ok ? savedMessage(mutation.data.data) : undefined;
  const hasAdverse = useWatch({ control, name: "hasAdverseEvent" });

  return (
    <TherapistFormCard id="session-title" title="Log a session" error={errors.root?.message} success={saved}>
      <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="grid gap-3 sm:grid-cols-2">
        <TextField label="Date of the session" type="date" error={errors.sessionDate?.message} {...register("sessionDate")} />
        <TextField
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={5}
          max={240}
          error={errors.minutes?.message}
          {...register("minutes", { valueAsNumber: true })}
        />
        <TextField
          label="Techniques"
          hint="Separated by commas, e.g. Swedish, myofascial release"
          autoComplete="off"
          error={errors.techniques?.message}
          {...register("techniques")}
        />
        <TextField
          label="Areas treated"
          hint="Separated by commas, e.g. neck, upper back"
          autoComplete="off"
          error={errors.areas?.message}
          {...register("areas")}
        />
        <SelectField
          label="Pressure"
          placeholder="Choose…"
          options={pressureOptions}
          error={errors.pressure?.message}
          {...register("pressure")}
        />
        <SelectField
          label="How it was tolerated"
          placeholder="Choose…"
          options={toleranceOptions}
          error={errors.tolerance?.message}
          {...register("tolerance")}
        />
        <TextAreaField className="sm:col-span-2" label="Notes (optional)" error={errors.notes?.message} {...register("notes")} />
        <div className="sm:col-span-2">
          <CheckboxField
            label="An adverse event happened"
            hint="Moderate or severe events alert the referring clinician at once."
            {...register("hasAdverseEvent")}
          />
        </div>
        {hasAdverse && (
          <fieldset className="grid gap-3 rounded-md border border-red-200 p-3 sm:col-span-2">
            <legend className="px-1 text-sm font-medium text-slate-800">Adverse event</legend>
            <SelectField
              label="Severity"
              placeholder="Choose…"
              options={severityOptions}
              error={errors.adverseEvent?.severity?.message}
              {...register("adverseEvent.severity")}
            />
            <TextAreaField
              label="What happened"
              error={errors.adverseEvent?.description?.message}
              {...register("adverseEvent.description")}
            />
          </fieldset>
        )}
        <div className="sm:col-span-2">
          <button type="submit" disabled={mutation.isPending} className={buttonPrimary}>
            {mutation.isPending ? "Saving…" : "Save session"}
          </button>
        </div>
      </form>
    </TherapistFormCard>
  );
}

function savedMessage(data: { repeated: boolean; alerted: boolean }): string {
  if (data.repeated) return "This session was already recorded; it was not recorded twice.";
  return data.alerted ? "Session saved. The referring clinician has been alerted to the adverse event." : "Session saved.";
}
