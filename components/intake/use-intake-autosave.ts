"use client";

import { useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { discardIntakeDraftAction } from "@/lib/actions/discard-intake-draft";
import { saveIntakeDraftAction } from "@/lib/actions/save-intake-draft";
import type { ReferralFormOutput, ReferralFormValues } from "./form-model";
import { useLeaveGuard } from "./use-leave-guard";
import type { ReferralSuggestionContext } from "@/lib/schemas/referral";

/** Quiet time after the last keystroke before the intake is saved on the server. */
export const AUTOSAVE_DELAY_MS = 1500;

type Form = UseFormReturn<ReferralFormValues, ReferralSuggestionContext, ReferralFormOutput>;

/**
 * Nothing typed is lost: the intake is saved as the clinician's own draft on the server, debounced,
 * never in localStorage or the URL; and leaving the page with unsaved typing asks first, by unload, an
 * in-app link or Back (use-leave-guard.ts).
 */
export function useIntakeAutosave(form: Form, { enabled, initialId }: { enabled: boolean; initialId: string | null }) {
  const draftId = useRef<string | null>(initialId);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const done = useRef(false);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch((values, { name }) => {
      if (done.current || !name?.startsWith("intake.")) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        saveIntakeDraftAction({ id: draftId.current, intake: values.intake ?? {} })
          .then((res) => {
            if (!res.ok) return setFailed(true);
            draftId.current = res.data.id;
            setFailed(false);
            setSavedAt(new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
          })
          .catch(() => setFailed(true));
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
    };
  }, [enabled, form]);

  // Read during render so react-hook-form tracks isDirty for this component.
  const dirty = form.formState.isDirty;
  useLeaveGuard(() => dirty && !done.current);

  return {
    status: failed
      ? "Autosave failed; your entries are still here. Keep the page open and try saving."
      : savedAt
        ? `Intake autosaved at ${savedAt}.`
        : "",
    /** The referral is saved (or the draft discarded): stop autosaving, stop warning, delete the draft. */
    finish() {
      done.current = true;
      const id = draftId.current;
      if (id) void discardIntakeDraftAction({ id }).catch(() => undefined);
    },
    adopt(id: string) {
      draftId.current = id;
    },
  };
}
