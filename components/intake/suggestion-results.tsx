"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { SuggestReferralData } from "@/lib/actions/suggest-shared";
import type { SuggestionCard as Card } from "@/lib/domain/referral/suggest";
import { DeferBanner } from "./defer-banner";
import { ManualCondition } from "./manual-condition";
import type { ReferralFormValues } from "./form-model";
import { SuggestionCard } from "./suggestion-card";

/** Its own component so that typing re-renders only this line, not the whole page. */
function StaleNotice({ shownIntake }: { shownIntake: string }) {
  const { control } = useFormContext<ReferralFormValues>();
  const intakeNow = useWatch({ control, name: "intake" });
  if (shownIntake === JSON.stringify(intakeNow)) return null;
  return (
    <p className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      The intake has changed since these suggestions were made. Press Suggest again to update them.
    </p>
  );
}

interface Props {
  result: SuggestReferralData;
  cards: Card[];
  complaint: string;
  chosenSlug: string;
  /** The intake (JSON) the suggestions were made from, to notice later edits. */
  shownIntake: string;
  manualPending: boolean;
  manualError: string | null;
  onChoose: (card: Card) => void;
  onManual: (slug: string) => void;
}

/** What "Suggest" found: safety verdict first, then one card per condition, then a manual choice. */
export function SuggestionResults({
  result,
  cards,
  complaint,
  chosenSlug,
  shownIntake,
  manualPending,
  manualError,
  onChoose,
  onManual,
}: Props) {
  return (
    <section aria-labelledby="suggestions-heading" className="space-y-4">
      <h2 id="suggestions-heading" tabIndex={-1} className="text-xl font-semibold">
        Suggestions
      </h2>
      <p className="text-sm text-slate-700">
        From evidence version {result.evidenceVersion.number}. Each suggestion is an option with its evidence: you decide.
      </p>
      <StaleNotice shownIntake={shownIntake} />
      <DeferBanner items={result.safety.deferred} />
      {result.warnings.length > 0 && (
        <ul className="list-disc space-y-1 rounded-md border border-amber-400 bg-amber-50 p-3 pl-8 text-sm text-amber-950">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {result.noMatch && cards.length === 0 && (
        <p className="font-medium text-slate-900">
          No condition in the evidence base matched this complaint, so no dose is suggested. If one of the conditions below truly applies,
          choose it to see its evidence; otherwise massage has no evidence-based dose here.
        </p>
      )}
      {cards.length > 1 && (
        <p className="text-sm text-slate-700">
          More than one condition matched. Choose one for this referral; you can make another referral for a second condition.
        </p>
      )}
      {cards.map((card) => (
        <SuggestionCard
          key={card.conditionSlug}
          card={card}
          complaint={complaint}
          chosen={card.conditionSlug === chosenSlug}
          onChoose={() => onChoose(card)}
        />
      ))}
      {result.noMatch ? (
        <ManualCondition conditions={result.conditions} pending={manualPending} error={manualError} onChoose={onManual} />
      ) : (
        <details className="rounded-md border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">None of these fit? Choose another condition</summary>
          <div className="mt-2">
            <ManualCondition conditions={result.conditions} pending={manualPending} error={manualError} onChoose={onManual} />
          </div>
        </details>
      )}
    </section>
  );
}
