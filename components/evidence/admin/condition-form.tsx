"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TextField } from "@/components/ui/text-field";
import { saveConditionAction } from "@/lib/actions/save-condition";
import type { Condition } from "@/lib/schemas/evidence";
import { conditionToForm, saveConditionSchema, type SaveConditionInput } from "@/lib/schemas/evidence-edit";
import { CheckboxField, errorAt, SelectField, TextArea } from "./form-fields";
import { EvidenceFormShell, ReasonField } from "./form-shell";
import { useEvidenceSave } from "./use-evidence-save";

const DURATIONS = [
  { value: "chronic", label: "Chronic" },
  { value: "subacute-or-chronic", label: "Subacute or chronic" },
  { value: "acute", label: "Acute" },
  { value: "any", label: "Any duration" },
];

export function ConditionForm({ baseVersionId, original }: { baseVersionId: string; original: Condition | null }) {
  const form = useForm<SaveConditionInput, unknown, z.output<typeof saveConditionSchema>>({
    resolver: zodResolver(saveConditionSchema),
    defaultValues: { baseVersionId, originalKey: original?.slug ?? "", reason: "", entity: conditionToForm(original) },
  });
  const { register, formState } = form;
  const err = (path: string) => errorAt(formState.errors, path);
  const save = useEvidenceSave(form, saveConditionAction);
  return (
    <EvidenceFormShell
      {...save}
      submitLabel={original ? "Save condition" : "Create condition"}
      reasonField={<ReasonField error={err("reason")} {...register("reason")} />}
    >
      <TextField
        label="Slug"
        hint={original ? "The slug can't change: referrals refer to it." : "Lower-case words joined by hyphens, e.g. plantar-fasciitis."}
        readOnly={original !== null}
        error={err("entity.slug")}
        {...register("entity.slug")}
      />
      <TextField label="Name" error={err("entity.name")} {...register("entity.name")} />
      <TextArea label="Plain description" error={err("entity.description")} {...register("entity.description")} />
      <TextField label="Body region" error={err("entity.bodyRegion")} {...register("entity.bodyRegion")} />
      <SelectField
        label="Duration the evidence covers"
        options={DURATIONS}
        error={err("entity.evidenceDuration")}
        {...register("entity.evidenceDuration")}
      />
      <TextArea
        label="ICD-10-CM codes"
        hint="One per line: the code, a space, then its label, e.g. “M17.11 Unilateral primary osteoarthritis, right knee”."
        rows={4}
        error={err("entity.icd10")}
        {...register("entity.icd10")}
      />
      <TextArea
        label="Phrases it is also written as"
        hint="One per line: synonyms and abbreviations the complaint matcher should recognise."
        rows={6}
        error={err("entity.phrases")}
        {...register("entity.phrases")}
      />
      <TextArea
        label="Not for (exclusions)"
        hint="One per line: the phrase, a vertical bar, then why, e.g. “migraine | Migraine is a different disorder”."
        rows={4}
        error={err("entity.exclusions")}
        {...register("entity.exclusions")}
      />
      <CheckboxField
        label="Retired"
        hint="A retired condition is no longer suggested; old versions and referrals keep it."
        {...register("entity.retired")}
      />
    </EvidenceFormShell>
  );
}
