"use server";

import { z } from "zod";
import { requireClinician } from "@/lib/auth/current-user";
import { getCurrentMatcher } from "@/lib/data/matcher-cache";
import { intakeAge } from "@/lib/domain/referral/patient-gates";
import { textFindings, type TextFindings } from "@/lib/domain/referral/text-findings";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "./action-result";
import { NO_EVIDENCE_MESSAGE } from "./suggest-shared";

// Bounded like the autosave (a complaint over its limit is still screened, so a red flag typed in it shows).
const text = (max: number) => z.string().max(max).default("");
const screenTextSchema = z.object({
  complaint: text(10_000),
  medications: text(2000),
  notes: text(4000),
  dateOfBirth: z.string().max(20).default(""),
});

/**
 * The intake form's live safety read of its free text: which red-flag boxes the complaint, medications
 * and notes pre-tick, with the words. Nothing is stored and nothing is read from the database but the
 * current evidence version's rules, so no audit event (the referral's save and Suggest are audited).
 */
export async function screenIntakeTextAction(input: unknown): Promise<ActionResult<TextFindings>> {
  await requireClinician();
  const parsed = screenTextSchema.safeParse(input);
  if (!parsed.success) return fail("The text could not be screened", fieldErrorsFrom(parsed.error.issues));
  const matcher = await getCurrentMatcher();
  if (!matcher) return fail(NO_EVIDENCE_MESSAGE);
  const { complaint, medications, notes, dateOfBirth } = parsed.data;
  const age = /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) ? intakeAge({ dateOfBirth }, new Date()) : null;
  return ok(textFindings({ rules: matcher.snapshot.content.safetyRules, complaint, medications, notes, age }));
}
