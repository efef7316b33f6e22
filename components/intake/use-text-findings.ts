"use client";

import { useEffect, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { screenIntakeTextAction } from "@/lib/actions/screen-intake-text";
import type { TextFindings } from "@/lib/domain/referral/text-findings";
import type { ReferralFormValues } from "./form-model";

/** Quiet time after the last keystroke before the text is screened again. */
export const TEXT_SCREEN_DELAY_MS = 500;

const NONE: TextFindings = { found: [], emergencies: [] };

/**
 * The safety screen's read of the free text while the clinician types, from the server (the engine and
 * its rules stay out of the browser bundle). Debounced; a late answer to older text is dropped.
 * `current` is false while the answer for the text as it now stands has not arrived.
 */
export function useTextFindings(): { findings: TextFindings; failed: boolean; current: boolean } {
  const { control } = useFormContext<ReferralFormValues>();
  const [complaint = "", medications = "", notes = "", dateOfBirth = ""] = useWatch({
    control,
    name: ["intake.complaint", "intake.medications", "intake.notes", "intake.dateOfBirth"],
  });
  const key = JSON.stringify([complaint, medications, notes, dateOfBirth]);
  const empty = `${complaint}${medications}${notes}`.trim() === "";
  // The last answer, with the text it was read from.
  const [answer, setAnswer] = useState<{ key: string; findings: TextFindings } | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    if (empty) return;
    const timer = setTimeout(() => {
      screenIntakeTextAction({ complaint, medications, notes, dateOfBirth })
        .then((res) => {
          if (request !== latest.current) return;
          setFailed(!res.ok);
          if (res.ok) setAnswer({ key, findings: res.data });
        })
        .catch(() => {
          if (request === latest.current) setFailed(true);
        });
    }, TEXT_SCREEN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [complaint, medications, notes, dateOfBirth, key, empty]);

  if (empty) return { findings: NONE, failed: false, current: true };
  // Older findings stay shown while the new text is being screened, so boxes do not flicker.
  return { findings: answer?.findings ?? NONE, failed, current: answer?.key === key };
}
