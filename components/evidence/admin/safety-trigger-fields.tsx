"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { TextField } from "@/components/ui/text-field";
import { buttonSecondary } from "@/components/ui/form-fields";
import type { saveSafetyRuleSchema, SaveSafetyRuleInput } from "@/lib/schemas/evidence-edit";
import { NEW_TRIGGER } from "@/lib/schemas/safety-trigger-edit";
import { SEVERITY_TEXT } from "../safety-rule-list";
import { errorAt, SelectField, TextArea } from "./form-fields";

type Form = UseFormReturn<SaveSafetyRuleInput, unknown, z.output<typeof saveSafetyRuleSchema>>;

const SEVERITIES = [
  { value: "", label: "The rule's severity" },
  ...Object.entries(SEVERITY_TEXT).map(([value, label]) => ({ value, label })),
];

/**
 * The words that make a curated rule apply from the complaint, medications or notes, one fieldset per
 * trigger. Negated, past and relatives' mentions never count (the text scanner decides that for every
 * rule); what a trigger sets is listed in lib/schemas/safety-trigger-edit.ts.
 */
export function SafetyTriggerFields({ form }: { form: Form }) {
  const { register, control, formState } = form;
  const triggers = useFieldArray({ control, name: "entity.triggers" });
  const err = (path: string) => errorAt(formState.errors, path);
  return (
    <section aria-labelledby="triggers-heading" className="space-y-3">
      <h2 id="triggers-heading" className="text-lg font-semibold">
        Found in the text
      </h2>
      <p className="text-sm text-slate-700">
        Phrases one per line: “(a|b)” gives alternatives, “#” any number, a trailing “*” a word prefix. A mention after “no”, “denies”,
        “history of”, “mother had” never counts. Saving makes a new evidence version.
      </p>
      {triggers.fields.map((field, i) => {
        const at = `entity.triggers.${i}` as const;
        const kept = [
          field.reading ? `a reading (${field.reading.measure})` : null,
          field.minAge !== undefined ? `from age ${field.minAge}` : null,
        ].filter(Boolean);
        return (
          <fieldset key={field.id} className="space-y-2 rounded-md border border-slate-300 p-3">
            <legend className="px-1 text-sm font-semibold">Trigger {i + 1}</legend>
            <TextField
              label={`Trigger ${i + 1}: what it finds`}
              hint="Shown to the clinician with the words, e.g. “anticoagulant”."
              error={err(`${at}.label`)}
              {...register(`${at}.label`)}
            />
            <TextArea label={`Trigger ${i + 1}: phrases`} rows={4} error={err(`${at}.phrases`)} {...register(`${at}.phrases`)} />
            <TextArea
              label={`Trigger ${i + 1}: does not apply when the text says`}
              hint="One phrase per line; a mention anywhere in the intake stops this trigger, e.g. “explained by cancer”."
              rows={2}
              error={err(`${at}.unless`)}
              {...register(`${at}.unless`)}
            />
            <TextField
              label={`Trigger ${i + 1}: not when directly followed by`}
              hint="Words separated by commas, e.g. “prophylaxis” after an anticoagulant."
              error={err(`${at}.notFollowedBy`)}
              {...register(`${at}.notFollowedBy`)}
            />
            <TextArea
              label={`Trigger ${i + 1}: only when the text also says`}
              hint="One group per line, its alternatives separated by “;”. Every group must be mentioned."
              rows={2}
              error={err(`${at}.requiresAll`)}
              {...register(`${at}.requiresAll`)}
            />
            <SelectField
              label={`Trigger ${i + 1}: severity when it fires`}
              options={SEVERITIES}
              error={err(`${at}.severity`)}
              {...register(`${at}.severity`)}
            />
            <TextArea
              label={`Trigger ${i + 1}: therapist instruction when it fires (optional)`}
              rows={2}
              error={err(`${at}.guidance`)}
              {...register(`${at}.guidance`)}
            />
            <TextArea
              label={`Trigger ${i + 1}: patient words when it fires (optional)`}
              rows={2}
              error={err(`${at}.patientText`)}
              {...register(`${at}.patientText`)}
            />
            {kept.length > 0 && (
              <p className="text-sm text-slate-700">
                Also fires on {kept.join(" and ")}, kept as the seed set it (its threshold cites a source).
              </p>
            )}
            <button type="button" className={buttonSecondary} onClick={() => triggers.remove(i)}>
              Remove trigger {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className={buttonSecondary}
        onClick={() => triggers.append(NEW_TRIGGER, { focusName: `entity.triggers.${triggers.fields.length}.label` })}
      >
        Add a trigger
      </button>
    </section>
  );
}
