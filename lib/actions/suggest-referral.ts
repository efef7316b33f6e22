"use server";

import { requireClinician } from "@/lib/auth/current-user";
import { buildSuggestions } from "@/lib/domain/referral/suggest";
import { intakeSchema } from "@/lib/schemas/intake";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "./action-result";
import { conditionOptions, evidenceVersionOf, NO_EVIDENCE_MESSAGE, type SuggestReferralData } from "./suggest-shared";
import { auditSuggestion, matchCurrentEvidence } from "./suggest-steps";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";

/**
 * "Suggest": match the complaint against the current evidence and return one card per matched
 * condition with this patient's safety screen applied. Nothing is saved; the audit event holds ids and
 * counts only (the complaint is PHI).
 */
export async function suggestReferralAction(input: unknown): Promise<ActionResult<SuggestReferralData>> {
  const user = await requireClinician();
  const parsed = intakeSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));

  const current = await matchCurrentEvidence(parsed.data.complaint);
  if (!current) return fail(NO_EVIDENCE_MESSAGE);
  const { snapshot, match } = current;
  const result = buildSuggestions({ snapshot, match, intake: parsed.data });

  await auditSuggestion(
    user.id,
    snapshot,
    `cards=${result.cards.length} conditions=${result.cards.map((c) => c.conditionSlug).join(",")} blocked=${result.blocked}`,
  );

  return ok({
    cards: result.cards,
    noMatch: result.noMatch,
    safety: result.safety,
    blocked: result.blocked,
    warnings: result.warnings,
    evidenceVersion: evidenceVersionOf(snapshot),
    intakeFingerprint: intakeFingerprint(parsed.data),
    conditions: conditionOptions(snapshot),
  });
}
