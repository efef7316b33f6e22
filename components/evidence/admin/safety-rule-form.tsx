"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TextField } from "@/components/ui/text-field";
import { saveSafetyRuleAction } from "@/lib/actions/save-safety-rule";
import type { SafetyRule } from "@/lib/schemas/evidence";
import { safetyRuleToForm, saveSafetyRuleSchema, type SaveSafetyRuleInput } from "@/lib/schemas/evidence-edit";
import { SEVERITY_TEXT } from "../safety-rule-list";
import { CheckboxField, errorAt, SelectField, TextArea } from "./form-fields";
import { EvidenceFormShell, ReasonField } from "./form-shell";
import { SafetyTriggerFields } from "./safety-trigger-fields";
import { useEvidenceSave } from "./use-evidence-save";

const SEVERITIES = Object.entries(SEVERITY_TEXT).map(([value, label]) => ({ value, label }));

export function SafetyRuleForm({ baseVersionId, original }: { baseVersionId: string; original: SafetyRule | null }) {
  const form = useForm<SaveSafetyRuleInput, unknown, z.output<typeof saveSafetyRuleSchema>>({
    resolver: zodResolver(saveSafetyRuleSchema),
    defaultValues: { baseVersionId, originalKey: original?.code ?? "", reason: "", entity: safetyRuleToForm(original) },
  });
  const { register, formState } = form;
  const err = (path: string) => errorAt(formState.errors, path);
  const save = useEvidenceSave(form, saveSafetyRuleAction);
  return (
    <EvidenceFormShell
      {...save}
      submitLabel={original ? "Save safety rule" : "Create safety rule"}
      reasonField={<ReasonField error={err("reason")} {...register("reason")} />}
    >
      <TextField
        label="Code"
        hint={original ? "The code can't change: the intake checklist refers to it." : "Lower-case words joined by hyphens, e.g. dvt."}
        readOnly={original !== null}
        error={err("entity.code")}
        {...register("entity.code")}
      />
      <TextField label="Label" error={err("entity.label")} {...register("entity.label")} />
      <TextField label="Intake finding it reacts to" error={err("entity.finding")} {...register("entity.finding")} />
      <SelectField label="Severity" options={SEVERITIES} error={err("entity.severity")} {...register("entity.severity")} />
      <TextField
        label="Severity note (optional)"
        hint="Where the source qualifies the severity, e.g. “defer at the fracture site”."
        error={err("entity.severityNote")}
        {...register("entity.severityNote")}
      />
      <TextArea label="Guidance" error={err("entity.guidance")} {...register("entity.guidance")} />
      <TextArea
        label="Patient words (optional)"
        hint="Plain words for the patient copy, e.g. “the therapist will use gentle pressure”."
        error={err("entity.patientText")}
        {...register("entity.patientText")}
      />
      <TextField label="Source" error={err("entity.source")} {...register("entity.source")} />
      <CheckboxField label="Retired" hint="A retired rule no longer screens new intakes." {...register("entity.retired")} />
      <SafetyTriggerFields form={form} />
    </EvidenceFormShell>
  );
}
