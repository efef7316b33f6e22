"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { createReferralAction } from "@/lib/actions/create-referral";
import { suggestForConditionAction } from "@/lib/actions/suggest-for-condition";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import type { SuggestReferralData } from "@/lib/actions/suggest-shared";
import type { SuggestionCard } from "@/lib/domain/referral/suggest";
import type { ReferralSuggestionContext } from "@/lib/schemas/referral";
import { ComplaintSection } from "./complaint-section";
import { buttonPrimary } from "./fields";
import { discardIntakeDraftAction } from "@/lib/actions/discard-intake-draft";
import type { ReferralEditStart } from "@/lib/domain/referral/edit-start";
import type { AutosavedForm } from "@/lib/domain/referral/autosaved-form";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import {
  emptyForm,
  formFromAutosave,
  intakeFieldTarget,
  formFromReferral,
  startingDose,
  suggestionContext,
  type ChecklistRule,
  type ReferralFormOutput,
  type ReferralFormValues,
} from "./form-model";
import { PatientSection } from "./patient-section";
import { ReopenedNotice } from "./reopened-notice";
import { RestoreNotice, type AutosavedIntake } from "./restore-notice";
import { useIntakeAutosave } from "./use-intake-autosave";
import { ReferralSection } from "./referral-section";
import { SafetySection } from "./safety-section";
import { SuggestionResults } from "./suggestion-results";

const KEPT = "Your entries are kept; try again.";

// The save action's own schema, completed with the chosen card's dose and safety verdict (the form's
// `context`), so the browser refuses what the server would refuse, with the same words. Loaded on the
// first validation, so zod is not part of the page's first load.
const resolver: Resolver<ReferralFormValues, ReferralSuggestionContext, ReferralFormOutput> = async (values, context, options) => {
  const [{ zodResolver }, { createReferralSchemaFor }] = await Promise.all([
    import("@hookform/resolvers/zod"),
    import("@/lib/schemas/referral"),
  ]);
  return zodResolver(createReferralSchemaFor(context ?? { suggestedDose: null, blocked: false }))(values, context, options);
};

function suggestionsFound(count: number): string {
  if (count === 0) return "No condition matched. The suggestions section below says what to do next.";
  return `${count} suggestion${count === 1 ? "" : "s"} found, shown below.`;
}

/** The intake form, its suggestions and the referral choice: one form, so nothing typed is ever reset. */
interface WorkflowProps {
  rules: ChecklistRule[];
  /** A saved draft or a referral to amend, reopened in the form. */
  start?: ReferralEditStart;
  /** What the clinician had typed and chosen in this form before a reload (autosaved), offered back. */
  autosaved?: AutosavedIntake & { values: AutosavedForm };
}

export function IntakeWorkflow({ rules, start, autosaved }: WorkflowProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  // One key per intake: a double click or a retry after a lost response saves one referral.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [result, setResult] = useState<SuggestReferralData | null>(null);
  const [manualCard, setManualCard] = useState<SuggestionCard | null>(null);
  const [manualFrom, setManualFrom] = useState<string>("");
  const [shownIntake, setShownIntake] = useState<string>("");
  const [shownComplaint, setShownComplaint] = useState<string>("");
  const [chosenSlug, setChosenSlug] = useState<string>("");
  // The fingerprint of the intake the chosen card was made from (the suggestion's or the manual pick's).
  const [chosenFrom, setChosenFrom] = useState<string>("");
  const [announcement, setAnnouncement] = useState<string>("");
  const [versionId, setVersionId] = useState<string | null>(null);
  const [suggestError, setSuggestError] = useState<string | null>(null);
  const [manualError, setManualError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const saving = useRef(false);
  // A reopened referral's or a restored autosave's condition, chosen again (keeping the dose as it was)
  // once a suggestion is made: from its card, or loaded from the full list when Suggest does not offer it.
  const pendingStart = useRef<{ conditionSlug: string } | null>(start ?? null);

  const cards = result
    ? [...result.cards, ...(manualCard && !result.cards.some((c) => c.conditionSlug === manualCard.conditionSlug) ? [manualCard] : [])]
    : [];
  const chosen = cards.find((c) => c.conditionSlug === chosenSlug) ?? null;
  const form = useForm<ReferralFormValues, ReferralSuggestionContext, ReferralFormOutput>({
    resolver,
    defaultValues: start ? formFromReferral(idempotencyKey, start) : emptyForm(idempotencyKey),
    context: suggestionContext(chosen),
  });

  const autosave = useIntakeAutosave(form, { referral: start ? { kind: start.kind, id: start.id } : null });
  const [offer, setOffer] = useState(autosaved ?? null);

  const suggest = useMutation({ mutationFn: suggestReferralAction });
  const manual = useMutation({ mutationFn: suggestForConditionAction });
  const save = useMutation({
    mutationFn: ({ values, shownVersion }: { values: ReferralFormOutput; shownVersion: string | undefined }) =>
      createReferralAction(values, shownVersion),
  });

  async function onSuggest() {
    setSuggestError(null);
    if (!(await form.trigger("intake", { shouldFocus: true }))) return;
    const intake = form.getValues("intake");
    try {
      const res = await suggest.mutateAsync(intake);
      if (!res.ok) {
        const { orphans } = applyFieldErrors(form.setError, res.fieldErrors, intakeFieldTarget({ prefix: "intake." }));
        setSuggestError([res.error, ...orphans].join(" "));
        return;
      }
      setResult(res.data);
      setAnnouncement(suggestionsFound(res.data.cards.length));
      setShownIntake(JSON.stringify(intake));
      setShownComplaint(intake.complaint);
      setVersionId(res.data.evidenceVersion.id);
      const kept = res.data.cards.find((c) => c.conditionSlug === chosenSlug);
      const reopened = pendingStart.current;
      const reopenedCard = reopened ? res.data.cards.find((c) => c.conditionSlug === reopened.conditionSlug) : undefined;
      if (reopened && reopenedCard) {
        pendingStart.current = null;
        choose(reopenedCard, res.data.intakeFingerprint, { keepDose: true });
      } else if (reopened) {
        // Chosen from the full list when it was saved: load it the same way (onManual keeps the dose).
        void onManual(reopened.conditionSlug);
      } else if (kept) {
        // The same condition again: its card (and precautions) are now those of this intake.
        setChosenFrom(res.data.intakeFingerprint);
        form.setValue("suggestedFor", res.data.intakeFingerprint);
      } else if (manualCard?.conditionSlug !== chosenSlug) {
        setChosenSlug("");
        form.setValue("conditionSlug", "");
      }
      // Sighted and screen-reader users alike land on what Suggest found, not 2,000 px above it.
      requestAnimationFrame(() => {
        const heading = document.getElementById("suggestions-heading");
        heading?.scrollIntoView?.({ block: "start" });
        heading?.focus();
      });
    } catch {
      setSuggestError(`The suggestion could not be made (server or network error). ${KEPT}`);
    }
  }

  function choose(card: SuggestionCard, fingerprint: string, { keepDose = false } = {}) {
    setChosenFrom(fingerprint);
    form.setValue("suggestedFor", fingerprint);
    if (card.conditionSlug !== chosenSlug) {
      setChosenSlug(card.conditionSlug);
      form.setValue("conditionSlug", card.conditionSlug);
      // A reopened draft or amendment keeps the dose it was saved with; a fresh choice starts from the card.
      if (!keepDose) form.setValue("finalDose", startingDose(card));
      form.clearErrors();
    }
    setSaveError(null);
    // Keyboard users land on the dose editor instead of tabbing back through every card.
    requestAnimationFrame(() => document.getElementById("referral-heading")?.focus());
  }

  async function onManual(slug: string) {
    setManualError(null);
    if (!(await form.trigger("intake", { shouldFocus: true }))) return;
    try {
      const res = await manual.mutateAsync({ intake: form.getValues("intake"), conditionSlug: slug });
      if (!res.ok) {
        setManualError(res.fieldErrors?.conditionSlug?.[0] ?? res.error);
        applyFieldErrors(form.setError, res.fieldErrors, intakeFieldTarget({ only: "intake." }));
        return;
      }
      setManualCard(res.data.card);
      setManualFrom(res.data.intakeFingerprint);
      setVersionId(res.data.evidenceVersion.id);
      const reopened = pendingStart.current?.conditionSlug === res.data.card.conditionSlug;
      if (reopened) pendingStart.current = null;
      choose(res.data.card, res.data.intakeFingerprint, { keepDose: reopened });
    } catch {
      setManualError(`The condition could not be loaded. ${KEPT}`);
    }
  }

  async function saveValid(values: ReferralFormOutput) {
    // isPending flips only after validation, so a fast second click would otherwise send a second request.
    if (saving.current) return;
    saving.current = true;
    setSaveError(null);
    try {
      const res = await save.mutateAsync({ values, shownVersion: versionId ?? undefined });
      if (res.ok) {
        // The referrals list is client state (TanStack Query), not a cached page: refetch it when shown.
        autosave.finish();
        void queryClient.invalidateQueries({ queryKey: ["referrals"] });
        router.push(`/referrals/${res.data.id}`);
        return; // stays "saving": the page is leaving
      }
      const { orphans } = applyFieldErrors(form.setError, res.fieldErrors, intakeFieldTarget());
      setSaveError([res.error, ...orphans].join(" "));
    } catch {
      setSaveError(`The referral could not be saved (server or network error). ${KEPT}`);
    }
    saving.current = false;
  }
  // handleSubmit, never <form action=>: React 19 resets a form submitted through an action, losing input.
  const onSave = () => form.handleSubmit(saveValid)();

  return (
    <FormProvider {...form}>
      {/* method="post": if submitted before hydration, patient details travel in a body, never the URL. */}
      <form
        method="post"
        noValidate
        className="space-y-6"
        onSubmit={(event) => {
          // Enter in a field asks for a suggestion; saving is only ever the explicit button.
          event.preventDefault();
          void onSuggest();
        }}
      >
        {start && <ReopenedNotice start={start} />}
        {offer && (
          <RestoreNotice
            draft={offer}
            mode={start?.kind ?? "new"}
            onRestore={() => {
              form.reset(formFromAutosave(form.getValues(), offer.values), { keepDefaultValues: true });
              autosave.adopt(offer.id);
              setOffer(null);
              const { conditionSlug } = offer.values.choice;
              // What was chosen before the reload, not what the referral was saved with, is chosen again:
              // Suggest runs for the restored intake and its card is chosen with the dose as edited.
              pendingStart.current = conditionSlug ? { conditionSlug } : null;
              if (conditionSlug) void onSuggest();
            }}
            onDiscard={() => {
              void discardIntakeDraftAction({ id: offer.id }).catch(() => undefined);
              setOffer(null);
            }}
          />
        )}
        <PatientSection />
        <ComplaintSection />
        <SafetySection rules={rules} />
        {suggestError && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {suggestError}
          </p>
        )}
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonPrimary} disabled={suggest.isPending}>
            {suggest.isPending ? "Suggesting…" : result ? "Suggest again" : "Suggest"}
          </button>
          <span role="status" className="text-sm text-slate-700">
            {suggest.isPending ? "Matching the complaint against the evidence…" : announcement}
          </span>
          <span className="text-sm text-slate-600" data-testid="autosave-status">
            {autosave.status}
          </span>
        </div>
        {result && (
          <SuggestionResults
            result={result}
            cards={cards}
            complaint={shownComplaint}
            chosenSlug={chosenSlug}
            shownIntake={shownIntake}
            manualPending={manual.isPending}
            manualError={manualError}
            onChoose={(card) => choose(card, card === manualCard ? manualFrom : result.intakeFingerprint)}
            onManual={(slug) => void onManual(slug)}
          />
        )}
        {chosen && (
          <ReferralSection
            card={chosen}
            amending={start?.kind === "amend"}
            suggestedFor={chosenFrom}
            saving={save.isPending}
            formError={saveError}
            onSave={() => void onSave()}
          />
        )}
      </form>
    </FormProvider>
  );
}
