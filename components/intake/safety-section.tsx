"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { PREGNANCY_RULE } from "@/lib/domain/safety/rule-codes";
import { GroupError, TextAreaField } from "./fields";
import type { ChecklistRule, ReferralFormValues } from "./form-model";

const severityWords = { defer: "defers referral", local: "avoid the area", modify: "change technique" } as const;

/** The safety checklist, one box per active safety rule of the current evidence version. */
export function SafetySection({ rules }: { rules: ChecklistRule[] }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ReferralFormValues>();
  const e = errors.intake;
  const ticked = useWatch({ control, name: "intake.safetyFindings" }) ?? [];
  // Pregnancy is recorded with the patient (it carries the weeks); the screen applies its rule from there.
  const boxes = rules.filter((r) => r.code !== PREGNANCY_RULE);
  const hasPregnancyRule = boxes.length !== rules.length;
  const findingsError = e?.safetyFindings?.message ?? e?.safetyFindings?.root?.message;

  return (
    <section aria-labelledby="safety-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="safety-heading" className="text-lg font-semibold">
        Safety screen
      </h2>
      <fieldset aria-describedby={findingsError ? "safety-findings-error" : "safety-findings-hint"}>
        <legend className="text-sm font-medium text-slate-800">Tick every finding that applies to this patient now</legend>
        <p id="safety-findings-hint" className="text-sm text-slate-700">
          {hasPregnancyRule ? "Pregnancy is recorded with the patient details above." : ""}
        </p>
        <ul className="mt-2 space-y-2">
          {boxes.map((rule) => {
            const id = `safety-${rule.code}`;
            const on = ticked.includes(rule.code);
            return (
              <li key={rule.code}>
                <div className="flex items-start gap-2">
                  <input
                    id={id}
                    type="checkbox"
                    value={rule.code}
                    className="mt-0.5 h-5 w-5"
                    aria-describedby={on && rule.severity === "defer" ? `${id}-warning` : undefined}
                    {...register("intake.safetyFindings")}
                  />
                  <label htmlFor={id} className="text-sm text-slate-800">
                    <span className="font-medium">{rule.label}</span>
                    <span className="block text-slate-700">
                      {rule.finding} ({severityWords[rule.severity]})
                    </span>
                  </label>
                </div>
                {on && rule.severity === "defer" && (
                  <p id={`${id}-warning`} role="alert" className="ml-7 mt-1 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950">
                    <strong>Defer:</strong> {rule.guidance}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <GroupError id="safety-findings-error" error={findingsError} />
      </fieldset>
      <TextAreaField label="Medications" rows={2} error={e?.medications?.message} {...register("intake.medications")} />
      <TextAreaField label="Notes" rows={3} error={e?.notes?.message} {...register("intake.notes")} />
    </section>
  );
}
