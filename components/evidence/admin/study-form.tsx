"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TextField } from "@/components/ui/text-field";
import { saveStudyAction } from "@/lib/actions/save-study";
import { studyDesigns, type Study } from "@/lib/schemas/evidence";
import { saveStudySchema, studyToForm, type SaveStudyInput } from "@/lib/schemas/evidence-edit";
import { CheckboxField, errorAt, SelectField, TextArea } from "./form-fields";
import { EvidenceFormShell, ReasonField } from "./form-shell";
import { useEvidenceSave } from "./use-evidence-save";

const DESIGNS = studyDesigns.map((d) => ({ value: d, label: d }));

export function StudyForm({ baseVersionId, original }: { baseVersionId: string; original: Study | null }) {
  const form = useForm<SaveStudyInput, unknown, z.output<typeof saveStudySchema>>({
    resolver: zodResolver(saveStudySchema),
    defaultValues: { baseVersionId, originalKey: original?.id ?? "", reason: "", entity: studyToForm(original) },
  });
  const { register, formState } = form;
  const err = (path: string) => errorAt(formState.errors, path);
  const text = (name: keyof SaveStudyInput["entity"], label: string, hint?: string) => (
    <TextField label={label} hint={hint} error={err(`entity.${name}`)} {...register(`entity.${name}`)} />
  );
  const save = useEvidenceSave(form, saveStudyAction);
  return (
    <EvidenceFormShell
      {...save}
      submitLabel={original ? "Save study" : "Create study"}
      reasonField={<ReasonField error={err("reason")} {...register("reason")} />}
    >
      <TextField
        label="Study id"
        hint={original ? "The id can't change: recommendations cite it." : "First author and year, e.g. smith-2024."}
        readOnly={original !== null}
        error={err("entity.id")}
        {...register("entity.id")}
      />
      <TextArea label="Authors" hint="One per line, e.g. “Perlman A”." error={err("entity.authors")} {...register("entity.authors")} />
      <CheckboxField label="The source lists only the first authors followed by “et al”" {...register("entity.etAl")} />
      <div className="grid gap-4 sm:grid-cols-2">
        {text("year", "Year")}
        {text("journal", "Journal (optional)")}
        {text("volume", "Volume (optional)")}
        {text("issue", "Issue (optional)")}
        {text("pages", "Pages (optional)")}
        {text("registration", "Trial registration (optional)")}
        {text("doi", "DOI (optional)", "e.g. 10.1371/journal.pone.0030248")}
        {text("pmid", "PMID (optional)", "Digits only")}
      </div>
      {text("title", "Title (optional)")}
      {text("url", "URL (optional)", "Left empty, the study links to its DOI, else PubMed.")}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Design" options={DESIGNS} error={err("entity.design")} {...register("entity.design")} />
        {text("n", "Participants, n (optional)", "Empty when the source gives no number.")}
      </div>
      <TextArea label="Population" error={err("entity.population")} {...register("entity.population")} />
      <TextArea label="Intervention and dose" error={err("entity.interventionDose")} {...register("entity.interventionDose")} />
      {text("comparator", "Comparator (optional)")}
      <TextArea label="Key outcomes with their numbers" rows={5} error={err("entity.outcomes")} {...register("entity.outcomes")} />
      {text("followUp", "Follow-up (optional)")}
      {text(
        "abstractSource",
        "Where the abstract was read (optional)",
        "The web address of the abstract the figures were checked against.",
      )}
      <CheckboxField
        label="Figures checked against the abstract"
        hint="Leave unticked when the figures come only from a secondary source: clinicians see “figure not checked against the study”."
        {...register("entity.verified")}
      />
      <CheckboxField label="Retired" hint="A retired study stays visible where old versions cite it." {...register("entity.retired")} />
    </EvidenceFormShell>
  );
}
