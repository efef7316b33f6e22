"use server";

import { z } from "zod";
import { requireClinician } from "@/lib/auth/current-user";
import { buildCardForCondition, type SuggestionCard } from "@/lib/domain/referral/suggest";
import { intakeSchema } from "@/lib/schemas/intake";
import { slugSchema } from "@/lib/schemas/evidence";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "./action-result";
import { evidenceVersionOf, NO_EVIDENCE_MESSAGE, type EvidenceVersionRef } from "./suggest-shared";
import { auditSuggestion, matchCurrentEvidence } from "./suggest-steps";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";

const suggestForConditionSchema = z.object({
  intake: intakeSchema,
  conditionSlug: z.string({ error: "Choose a condition" }).trim().min(1, { message: "Choose a condition", abort: true }).pipe(slugSchema),
});

export interface SuggestForConditionData {
  card: SuggestionCard;
  evidenceVersion: EvidenceVersionRef;
  /** intakeFingerprint() of the intake this card was made from; sent back with the save. */
  intakeFingerprint: string;
}

/**
 * The card for a condition the clinician chose from the evidence base (nothing matched, or the match is
 * wrong). The complaint is still matched so its red flags and duration reach the safety screen.
 */
export async function suggestForConditionAction(input: unknown): Promise<ActionResult<SuggestForConditionData>> {
  const user = await requireClinician();
  const parsed = suggestForConditionSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));

  const { intake, conditionSlug } = parsed.data;
  const current = await matchCurrentEvidence(intake.complaint);
  if (!current) return fail(NO_EVIDENCE_MESSAGE);
  const { snapshot, match } = current;
  const card = buildCardForCondition(snapshot, conditionSlug, intake, match.facts);
  if (!card) return fail("That condition is not in the current evidence base", { conditionSlug: ["Choose a condition from the list"] });

  await auditSuggestion(user.id, snapshot, `manual=${card.conditionSlug} blocked=${card.blocked}`);
  return ok({ card, evidenceVersion: evidenceVersionOf(snapshot), intakeFingerprint: intakeFingerprint(intake) });
}
