"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useForm, useWatch, type DefaultValues } from "react-hook-form";
import { recordOutcomeScoresAction } from "@/lib/actions/record-outcome-scores";
import {
  pgicLabels,
  PGIC_MAX,
  PGIC_MIN,
  SCORE_MAX,
  SCORE_MIN,
  scoreTimepointLabels,
  scoreTimepoints,
  type ScoreTimepoint,
} from "@/lib/domain/referral-loop/vocabulary";
import { recordScoresSchema, type RecordScoresInput, type RecordScoresValues } from "@/lib/schemas/referral-loop";
import { showActionFailure } from "../ui/apply-field-errors";
import { buttonPrimary, SelectField } from "../ui/form-fields";
import { TextField } from "../ui/text-field";
import { RETRY_MESSAGE, TherapistFormCard } from "./form-shell";
import { useSubmitKey } from "./submit-key";

const FIELDS = ["timepoint", "recordedOn", "sessionId", "pain", "pegPain", "pegEnjoyment", "pegActivity", "pgic"] as const;
const timepointOptions = scoreTimepoints.map((t) => ({ value: t, label: scoreTimepointLabels[t] }));
const pgicOptions = Object.entries(pgicLabels).map(([value, label]) => ({ value, label: `${value} — ${label}` }));
const range = `${SCORE_MIN} to ${SCORE_MAX}`;
const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));
const textOrNull = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

interface Props {
  dispatchId: string;
  today: string;
  /** The baseline is taken once: after it, the form starts at "along the way" and asks the PGIC. */
  hasBaseline: boolean;
  sessions: { id: string; sessionDate: string }[];
}

/**
 * Pain now (0-10), the three PEG-3 items (Krebs 2009) and, from the second time point on, the Patient
 * Global Impression of Change. Validated with the action's own schema; a retry records one set.
 */
export function ScoresForm({ dispatchId, today, hasBaseline, sessions }: Props) {
  const router = useRouter();
  const { key, renew } = useSubmitKey();
  const latestSession = sessions.at(-1)?.id ?? null;
  const blank = (idempotencyKey: string, baselineTaken: boolean): DefaultValues<RecordScoresInput> => ({
    dispatchId,
    idempotencyKey,
    timepoint: baselineTaken ? "interim" : "first",
    recordedOn: today,
    sessionId: latestSession,
    // Named, so that a reset after saving empties them (a key left out keeps its last value).
    pain: Number.NaN,
    pegPain: Number.NaN,
    pegEnjoyment: Number.NaN,
    pegActivity: Number.NaN,
    pgic: null,
  });
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getFieldState,
    reset,
    control,
    formState: { errors },
  } = useForm<RecordScoresInput, unknown, RecordScoresValues>({
    resolver: zodResolver(recordScoresSchema),
    defaultValues: blank(key, hasBaseline),
  });
  const timepoint: ScoreTimepoint | undefined = useWatch({ control, name: "timepoint" });
  const asksChange = timepoint !== "first";
  // No impression of change at baseline: a value chosen before switching to "first" must not be sent.
  useEffect(() => {
    if (!asksChange) setValue("pgic", null);
  }, [asksChange, setValue]);
  // A session logged meanwhile becomes the default one, unless the therapist already chose.
  useEffect(() => {
    if (!getFieldState("sessionId").isDirty) setValue("sessionId", latestSession);
  }, [latestSession, getFieldState, setValue]);
  const mutation = useMutation({
    mutationFn: (values: RecordScoresValues) => recordOutcomeScoresAction(values),
    onSuccess: (result, values) => {
      if (!result.ok) {
        showActionFailure(setError, result, FIELDS);
        return;
      }
      // The page's hasBaseline is refreshed only after this: a baseline just saved counts already.
      reset(blank(renew(), hasBaseline || values.timepoint === "first"));
      router.refresh();
    },
    onError: () => setError("root", { message: RETRY_MESSAGE }),
  });
  const saved = mutation.data?.ok
    ? mutation.data.data.repeated
      ? "These scores were already recorded; not recorded twice."
      : "Scores saved."
    : undefined;
  const score = (name: "pain" | "pegPain" | "pegEnjoyment" | "pegActivity", label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      type="number"
      inputMode="numeric"
      min={SCORE_MIN}
      max={SCORE_MAX}
      error={errors[name]?.message}
      {...register(name, { valueAsNumber: true })}
    />
  );

  return (
    <TherapistFormCard id="scores-title" title="Record outcome scores" error={errors.root?.message} success={saved}>
      <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="grid gap-3 sm:grid-cols-2">
        <SelectField label="When" options={timepointOptions} error={errors.timepoint?.message} {...register("timepoint")} />
        <TextField label="Date taken" type="date" error={errors.recordedOn?.message} {...register("recordedOn")} />
        {sessions.length > 0 && (
          <SelectField
            className="sm:col-span-2"
            label="Taken at session (optional)"
            placeholder="Not tied to a session"
            options={sessions.map((s) => ({ value: s.id, label: s.sessionDate }))}
            error={errors.sessionId?.message}
            {...register("sessionId", { setValueAs: textOrNull })}
          />
        )}
        {score("pain", "Pain now", `${range}: 0 no pain, 10 worst imaginable`)}
        {score("pegPain", "PEG: average pain in the past week", `${range}: 0 no pain, 10 as bad as you can imagine`)}
        {score(
          "pegEnjoyment",
          "PEG: pain's interference with enjoyment of life",
          `${range}: 0 does not interfere, 10 completely interferes`,
        )}
        {score("pegActivity", "PEG: pain's interference with general activity", `${range}: 0 does not interfere, 10 completely interferes`)}
        {asksChange && (
          <SelectField
            className="sm:col-span-2"
            label="Patient's impression of change (PGIC)"
            hint={`Since the start of the course, ${PGIC_MIN} very much improved to ${PGIC_MAX} very much worse.`}
            placeholder="Choose…"
            options={pgicOptions}
            error={errors.pgic?.message}
            {...register("pgic", { setValueAs: numberOrNull })}
          />
        )}
        <div className="sm:col-span-2">
          <button type="submit" disabled={mutation.isPending} className={buttonPrimary}>
            {mutation.isPending ? "Saving…" : "Save scores"}
          </button>
        </div>
      </form>
    </TherapistFormCard>
  );
}
