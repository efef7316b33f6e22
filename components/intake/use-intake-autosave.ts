"use client";

import { useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { discardIntakeDraftAction } from "@/lib/actions/discard-intake-draft";
import { saveIntakeDraftAction } from "@/lib/actions/save-intake-draft";
import { autosavePayload, type ReferralFormOutput, type ReferralFormValues } from "./form-model";
import { useLeaveGuard } from "./use-leave-guard";
import type { ReferralSuggestionContext } from "@/lib/schemas/referral";

/** Quiet time after the last keystroke before the form is saved on the server. */
export const AUTOSAVE_DELAY_MS = 1500;

type Form = UseFormReturn<ReferralFormValues, ReferralSuggestionContext, ReferralFormOutput>;

/** The saved referral this form edits (a reopened draft or an amendment); null for a new intake. */
export type AutosaveReferral = { kind: "draft" | "amend"; id: string } | null;

/**
 * Nothing typed is lost, in every mode of the form (a new intake, a draft reopened, an amendment): the
 * intake and the referral choice (condition, dose as edited, reasons) are saved as the clinician's own
 * draft on the server, debounced, scoped to the referral being edited, never in localStorage or the URL;
 * and leaving the page with unsaved typing asks first, by unload, an in-app link or Back (use-leave-guard.ts).
 */
export function useIntakeAutosave(form: Form, { referral }: { referral: AutosaveReferral }) {
  const draftId = useRef<string | null>(null);
  // The last form state on the server (or the one the page opened with): an unchanged form is not sent,
  // so opening a draft and pressing Suggest does not make an "unsaved changes" copy of it.
  const lastSaved = useRef<string | null>(null);
  // One save at a time, so the first save's new id is known before the next one is sent (one row).
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  // Typing not yet on the server: said beside Suggest, so "autosaved" always means the latest typing.
  const [pending, setPending] = useState(false);
  const changes = useRef(0);
  const done = useRef(false);
  const kind = referral?.kind ?? null;
  const referralId = referral?.id ?? null;

  useEffect(() => {
    lastSaved.current ??= JSON.stringify(autosavePayload(form.getValues()));
    const scope = kind && referralId ? { kind, id: referralId } : null;
    const send = async () => {
      const upTo = changes.current;
      const payload = autosavePayload(form.getValues());
      const json = JSON.stringify(payload);
      try {
        if (done.current || json === lastSaved.current) return;
        const res = await saveIntakeDraftAction({ id: draftId.current, referral: scope, ...payload });
        if (!res.ok) return setFailed(true);
        draftId.current = res.data.id;
        lastSaved.current = json;
        setFailed(false);
        setSavedAt(new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
      } catch {
        setFailed(true);
      } finally {
        // Typing that came in while this save was on its way is still pending (its own save follows).
        if (changes.current === upTo) setPending(false);
      }
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch((_values, { name }) => {
      // A reset (no name) is the form opening or a restore; the fingerprint is not the clinician's input.
      if (done.current || !name || name === "suggestedFor") return;
      clearTimeout(timer);
      changes.current += 1;
      setPending(true);
      timer = setTimeout(() => {
        queue.current = queue.current.then(send);
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
    };
  }, [form, kind, referralId]);

  // Read during render so react-hook-form tracks isDirty for this component.
  const dirty = form.formState.isDirty;
  useLeaveGuard(() => dirty && !done.current);

  return {
    status: failed
      ? "Autosave failed; your entries are still here. Keep the page open and try saving."
      : pending
        ? "Autosaving…"
        : savedAt
          ? `${referral ? "Changes" : "Intake"} autosaved at ${savedAt}.`
          : "",
    /** The referral is saved (or the draft discarded): stop autosaving, stop warning, delete the draft. */
    finish() {
      done.current = true;
      const id = draftId.current;
      if (id) void discardIntakeDraftAction({ id }).catch(() => undefined);
    },
    /** The restored autosave is the one to keep updating; what it holds is already on the server. */
    adopt(id: string) {
      draftId.current = id;
      lastSaved.current = JSON.stringify(autosavePayload(form.getValues()));
    },
  };
}
