"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { TextField } from "@/components/ui/text-field";
import { saveRecommendationAction } from "@/lib/actions/save-recommendation";
import { DOSE_STATUS_LABEL } from "@/lib/domain/evidence/dose-status";
import { certaintyLevels, cptCodes, doseStatuses, strengthLevels, type Recommendation } from "@/lib/schemas/evidence";
import { DOSE_HINT, recommendationToForm, saveRecommendationSchema, type SaveRecommendationInput } from "@/lib/schemas/evidence-edit";
import { CheckboxField, errorAt, SelectField, TextArea } from "./form-fields";
import { EvidenceFormShell, ReasonField } from "./form-shell";
import { StudyPicker } from "./study-picker";
import { useEvidenceSave } from "./use-evidence-save";

type Option = { value: string; label: string };
const CERTAINTY = certaintyLevels.map((c) => ({ value: c, label: c }));
const STRENGTH = strengthLevels.map((s) => ({ value: s, label: s }));
const DOSE_STATUS = doseStatuses.map((s) => ({ value: s, label: DOSE_STATUS_LABEL[s] }));
const CPT = cptCodes.map((c) => ({
  value: c,
  label: c === "97140" ? "97140 manual therapy (connective tissue, myofascial)" : "97124 massage",
}));
const DOSE_FIELDS = [
  ["minutesPerSession", "Minutes per session"],
  ["sessionsPerWeek", "Sessions per week"],
  ["weeks", "Weeks"],
  ["totalSessions", "Total sessions"],
] as const;

export function RecommendationForm({
  baseVersionId,
  original,
  conditions,
  studies,
}: {
  baseVersionId: string;
  original: Recommendation | null;
  conditions: Option[];
  studies: Option[];
}) {
  const form = useForm<SaveRecommendationInput, unknown, z.output<typeof saveRecommendationSchema>>({
    resolver: zodResolver(saveRecommendationSchema),
    defaultValues: { baseVersionId, originalKey: original?.id ?? "", reason: "", entity: recommendationToForm(original) },
  });
  const { register, formState, control } = form;
  const err = (path: string) => errorAt(formState.errors, path);
  const save = useEvidenceSave(form, saveRecommendationAction);
  return (
    <EvidenceFormShell
      {...save}
      submitLabel={original ? "Save recommendation" : "Create recommendation"}
      reasonField={<ReasonField error={err("reason")} {...register("reason")} />}
    >
      <TextField
        label="Recommendation id"
        hint={original ? "The id can't change: referrals refer to it." : "e.g. plantar-fasciitis-dose."}
        readOnly={original !== null}
        error={err("entity.id")}
        {...register("entity.id")}
      />
      <SelectField
        label="Condition"
        options={[{ value: "", label: "Choose a condition" }, ...conditions]}
        error={err("entity.conditionSlug")}
        {...register("entity.conditionSlug")}
      />
      <TextField label="Modality" error={err("entity.modality")} {...register("entity.modality")} />
      <fieldset className="rounded-md border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">Dose</legend>
        <p className="text-sm text-slate-700">{DOSE_HINT}</p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {DOSE_FIELDS.map(([name, label]) => (
            <TextField key={name} label={label} inputMode="decimal" error={err(`entity.${name}`)} {...register(`entity.${name}`)} />
          ))}
        </div>
      </fieldset>
      <SelectField
        label="Dose status"
        hint="Established: a dose-finding trial compared doses. Studied: the regimen trials used. Not established: leave every dose figure empty."
        options={DOSE_STATUS}
        error={err("entity.doseStatus")}
        {...register("entity.doseStatus")}
      />
      <TextArea
        label="Regimen studied (optional)"
        hint="When the dose is not established: what the trials gave, with the study, e.g. “30 min twice weekly, 4 weeks (Quinn 2002)”."
        error={err("entity.regimenStudied")}
        {...register("entity.regimenStudied")}
      />
      <Controller
        control={control}
        name="entity.doseStudyIds"
        render={({ field }) => (
          <StudyPicker
            legend="Studies the dose figures come from"
            options={studies}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={err("entity.doseStudyIds")}
          />
        )}
      />
      <SelectField label="CPT code (follows the modality)" options={CPT} error={err("entity.cptCode")} {...register("entity.cptCode")} />
      <TextArea label="Dose in the source's own words" error={err("entity.doseSummary")} {...register("entity.doseSummary")} />
      <TextArea
        label="Adjuncts"
        hint="One per line, e.g. “exercise and education”."
        error={err("entity.adjuncts")}
        {...register("entity.adjuncts")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Certainty" options={CERTAINTY} error={err("entity.certainty")} {...register("entity.certainty")} />
        <SelectField label="Strength" options={STRENGTH} error={err("entity.strength")} {...register("entity.strength")} />
      </div>
      <TextArea label="Rationale" rows={5} error={err("entity.rationale")} {...register("entity.rationale")} />
      <TextArea
        label="Conflicting guidance, free text (optional)"
        error={err("entity.conflictingGuidance")}
        {...register("entity.conflictingGuidance")}
      />
      <TextArea
        label="Conflicting or qualifying guidance (JSON)"
        hint="A list of {kind, source, text, studyId, checked}; empty for none. Shown beside the suggestion."
        rows={6}
        error={err("entity.guidance")}
        {...register("entity.guidance")}
      />
      <TextArea
        label="Outcome rows (JSON)"
        hint="A list of evidence-profile rows {kind, outcome, timeFrame, comparatorKind, comparator, studies, participants, effect, mid, certainty, certaintyBy, certaintyReasons, studyIds}; null for “not reported”."
        rows={8}
        error={err("entity.outcomeRows")}
        {...register("entity.outcomeRows")}
      />
      <TextArea label="Precautions" hint="One per line." error={err("entity.precautions")} {...register("entity.precautions")} />
      <Controller
        control={control}
        name="entity.studyIds"
        render={({ field }) => (
          <StudyPicker
            options={studies}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={err("entity.studyIds")}
          />
        )}
      />
      <CheckboxField label="Retired" hint="A retired recommendation is no longer suggested." {...register("entity.retired")} />
    </EvidenceFormShell>
  );
}
