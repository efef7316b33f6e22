"use client";

import { useEffect } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { PREGNANCY_RULE } from "@/lib/domain/safety/rule-codes";
import type { TextFinding } from "@/lib/domain/referral/text-findings";
import { GroupError, TextAreaField } from "./fields";
import type { ChecklistRule, ReferralFormValues } from "./form-model";
import { RedFlagBox } from "./red-flag-box";
import { useTextFindings } from "./use-text-findings";

/**
 * The safety checklist, one box per active safety rule of the current evidence version. What the screen
 * finds in the complaint, medications or notes is shown beside its box ("found in the text: …") and
 * pre-ticks it; unticking such a box needs a reason, which is saved with the referral, printed on its
 * sheet, and tells the screen the finding no longer applies. Emergencies found in the text have no box
 * and cannot be set aside.
 */
export function SafetySection({ rules }: { rules: ChecklistRule[] }) {
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = useFormContext<ReferralFormValues>();
  const e = errors.intake;
  const ticked = useWatch({ control, name: "intake.safetyFindings" }) ?? [];
  const dismissals = useFieldArray({ control, name: "intake.dismissedFindings" });
  const { findings, failed, current } = useTextFindings();
  const foundByCode = new Map(findings.found.map((f) => [f.code, f]));
  // Pregnancy is recorded with the patient (it carries the weeks); the screen applies its rule from there.
  const boxes = rules.filter((r) => r.code !== PREGNANCY_RULE);
  const hasPregnancyRule = boxes.length !== rules.length;
  const findingsError = e?.safetyFindings?.message ?? e?.safetyFindings?.root?.message;
  const foundCodes = findings.found.map((f) => f.code).join(" ");

  // A reason for a finding the text no longer contains would be a field nobody can see: drop it.
  const { fields, remove } = dismissals;
  // Only once the current text has been screened: a reopened draft's reasons must survive the first render.
  useEffect(() => {
    if (!current) return;
    const found = new Set(foundCodes.split(" "));
    const gone = fields.flatMap((f, i) => (found.has(f.code) ? [] : [i]));
    if (gone.length > 0) remove(gone);
  }, [current, foundCodes, fields, remove]);

  function toggle(code: string, on: boolean) {
    const index = fields.findIndex((f) => f.code === code);
    const list = ticked.filter((c): c is string => typeof c === "string");
    if (on) {
      if (index >= 0) dismissals.remove(index);
      else setValue("intake.safetyFindings", [...list, code], { shouldDirty: true });
      return;
    }
    if (list.includes(code))
      setValue(
        "intake.safetyFindings",
        list.filter((c) => c !== code),
        { shouldDirty: true },
      );
    if (foundByCode.has(code) && index < 0) {
      dismissals.append({ code, reason: "" }, { focusName: `intake.dismissedFindings.${fields.length}.reason` });
    }
  }

  return (
    <section aria-labelledby="safety-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="safety-heading" className="text-lg font-semibold">
        Safety screen
      </h2>
      <EmergenciesFound emergencies={findings.emergencies} />
      <fieldset aria-describedby={findingsError ? "safety-findings-error" : "safety-findings-hint"}>
        <legend className="text-sm font-medium text-slate-800">Tick every finding that applies to this patient now</legend>
        <p id="safety-findings-hint" className="text-sm text-slate-700">
          Findings in the complaint, medications or notes are ticked for you; untick one only with a reason.
          {hasPregnancyRule ? " Pregnancy is recorded with the patient details above." : ""}
        </p>
        <p role="status" className="sr-only">
          {findings.found.length > 0 ? `Found in the text and ticked: ${findings.found.map((f) => f.label).join(", ")}.` : ""}
        </p>
        {failed && <p className="text-sm text-slate-700">The text could not be screened just now; Suggest screens it again.</p>}
        <ul className="mt-2 space-y-2">
          {boxes.map((rule) => {
            const index = fields.findIndex((f) => f.code === rule.code);
            const found = foundByCode.get(rule.code) ?? null;
            const checked = ticked.includes(rule.code) || (found !== null && index < 0);
            return (
              <RedFlagBox key={rule.code} rule={rule} checked={checked} found={found} onToggle={(on) => toggle(rule.code, on)}>
                {index >= 0 && found && (
                  <TextAreaField
                    key={fields[index]?.id}
                    label={`Why ${rule.label} does not apply now (required to untick it)`}
                    hint={'For example "the patient said this was years ago". Saved with the referral and printed on its sheet.'}
                    rows={2}
                    className="ml-7 mt-1"
                    error={e?.dismissedFindings?.[index]?.reason?.message ?? e?.dismissedFindings?.[index]?.code?.message}
                    {...register(`intake.dismissedFindings.${index}.reason`)}
                  />
                )}
              </RedFlagBox>
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

function EmergenciesFound({ emergencies }: { emergencies: TextFinding[] }) {
  if (emergencies.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-red-400 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">Emergency red flag found in the text: do not refer for massage; arrange same-day medical assessment.</p>
      <ul className="mt-1 list-disc pl-5">
        {emergencies.map((f) => (
          <li key={f.code}>
            {f.label}: found in the text: {f.words.map((w) => `"${w}"`).join(", ")} ({f.fields.join(", ")}). It cannot be unticked; correct
            the text if it is wrong.
          </li>
        ))}
      </ul>
    </div>
  );
}
