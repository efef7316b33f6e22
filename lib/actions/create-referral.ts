"use server";

import { requestIp, requireClinician } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { getCurrentMatcher, matchWith, type CurrentMatcher } from "@/lib/data/matcher-cache";
import { saveReferral } from "@/lib/data/referral-create";
import { completeChosenDose } from "@/lib/domain/dose/dose";
import { intakeFingerprint, STALE_SUGGESTION_MESSAGE } from "@/lib/domain/referral/intake-fingerprint";
import { buildCardForCondition, buildSuggestions, type SuggestionCard } from "@/lib/domain/referral/suggest";
import type { IntakeInput } from "@/lib/schemas/intake";
import { changedDoseFields, createReferralSchema, createReferralSchemaFor } from "@/lib/schemas/referral";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";
import { NO_EVIDENCE_MESSAGE, STALE_EVIDENCE_MESSAGE } from "./suggest-shared";

/**
 * The card the clinician chose, recomputed from the current evidence: the one "Suggest" would show when
 * the complaint matches the condition (so rules implied by every matched condition apply), else the
 * card for a manual choice.
 */
function serverCard(matcher: CurrentMatcher, intake: IntakeInput, slug: string): SuggestionCard | null {
  const match = matchWith(matcher, intake.complaint);
  const suggested = buildSuggestions({ snapshot: matcher.snapshot, match, intake });
  return suggested.cards.find((c) => c.conditionSlug === slug) ?? buildCardForCondition(matcher.snapshot, slug, intake, match.facts);
}

/**
 * "Save referral". The suggested dose and the safety verdict are recomputed here, never taken from the
 * browser; the owner is the session's clinician. `shownEvidenceVersionId` (the version the clinician was
 * looking at) is only compared with the current one, so a dose is never saved against evidence they did
 * not see.
 */
export async function createReferralAction(input: unknown, shownEvidenceVersionId?: string): Promise<ActionResult<{ id: string }>> {
  const user = await requireClinician();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = createReferralSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));

  // The suggestion must be the one made from this very intake (complaint, findings, age…).
  if (parsed.data.suggestedFor !== intakeFingerprint(parsed.data.intake)) {
    return fail(STALE_SUGGESTION_MESSAGE, { suggestedFor: [STALE_SUGGESTION_MESSAGE] });
  }

  const matcher = await getCurrentMatcher();
  if (!matcher) return fail(NO_EVIDENCE_MESSAGE);
  if (typeof shownEvidenceVersionId === "string" && shownEvidenceVersionId !== matcher.snapshot.versionId) {
    return fail(STALE_EVIDENCE_MESSAGE);
  }
  const card = serverCard(matcher, parsed.data.intake, parsed.data.conditionSlug);
  if (!card) return fail("That condition is not in the current evidence base", { conditionSlug: ["Choose a condition from the list"] });

  // The same schema the form uses, now with what only the server knows: the suggested dose (a change
  // needs a coded reason and a note, via validateDoseChange) and whether the safety screen deferred.
  const checked = createReferralSchemaFor({ suggestedDose: card.recommendationId ? card.dose : null, blocked: card.blocked }).safeParse(
    input,
  );
  if (!checked.success) {
    const fieldErrors = fieldErrorsFrom(checked.error.issues);
    const error = fieldErrors.deferOverrideNote
      ? "The safety screen advises against this referral now. To refer anyway, record your reason for overriding it."
      : "Check the highlighted fields";
    return fail(error, fieldErrors);
  }
  const v = checked.data;
  const doseChanged = changedDoseFields(card.recommendationId ? card.dose : null, v.finalDose).length > 0;

  const saved = await saveReferral(
    user.id,
    {
      idempotencyKey: v.idempotencyKey,
      intake: v.intake,
      card,
      evidenceVersionId: matcher.snapshot.versionId,
      // Stored with its total worked out (frequency × weeks), so every reader sees the same course.
      finalDose: completeChosenDose(v.finalDose),
      doseChanged,
      // A reason given without a change is kept: the clinician wrote it and it is printed with the dose.
      overrideReason: v.overrideReason ?? null,
      overrideNote: v.overrideNote ?? null,
      // Only a deferred referral has a safety override to record.
      deferOverrideNote: card.blocked ? (v.deferOverrideNote ?? null) : null,
      status: v.status,
    },
    v.edit ?? null,
  );
  if (!saved.ok) {
    return fail(
      saved.reason === "not-found"
        ? "Referral not found"
        : "This referral can no longer be changed this way (it was finished, amended or cancelled meanwhile); reload it",
    );
  }

  await recordAudit({
    userId: user.id,
    action: v.edit?.kind === "amend" ? "referral.amend" : v.edit?.kind === "draft" ? "referral.edit" : "referral.create",
    resourceType: "referral",
    resourceId: saved.id,
    outcome: "success",
    ip: await requestIp(),
    detail: `evidenceVersion=${matcher.snapshot.versionId} condition=${card.conditionSlug} doseChanged=${doseChanged} deferOverride=${card.blocked} dismissedFindings=${card.dismissedFindings.map((d) => d.code).join(",") || "none"} repeat=${!saved.created}${v.edit ? ` edits=${v.edit.id}` : ""}`,
  });
  return ok({ id: saved.id });
}
