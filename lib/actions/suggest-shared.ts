import type { SuggestionCard } from "@/lib/domain/referral/suggest";
import type { SafetyScreen } from "@/lib/domain/referral/safety-screen";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";

/** What the intake page shows after "Suggest": plain data, safe to send to the browser. */
export interface SuggestReferralData {
  cards: SuggestionCard[];
  noMatch: boolean;
  safety: SafetyScreen;
  blocked: boolean;
  warnings: string[];
  evidenceVersion: EvidenceVersionRef;
  /** intakeFingerprint() of the intake these suggestions were made from; sent back with the save. */
  intakeFingerprint: string;
  /** Active conditions of the evidence base, for a manual choice when nothing (or the wrong thing) matched. */
  conditions: ConditionOption[];
}

export interface EvidenceVersionRef {
  id: string;
  number: number;
}

export interface ConditionOption {
  slug: string;
  name: string;
}

export const NO_EVIDENCE_MESSAGE = "The evidence base is empty: ask an administrator to load it before making referrals.";

export const STALE_EVIDENCE_MESSAGE =
  "The evidence base was updated after this suggestion was made. Press Suggest again to review the updated suggestion before saving.";

export function evidenceVersionOf(snapshot: EvidenceSnapshot): EvidenceVersionRef {
  return { id: snapshot.versionId, number: snapshot.versionNumber };
}

export function conditionOptions(snapshot: EvidenceSnapshot): ConditionOption[] {
  return snapshot.content.conditions
    .filter((c) => !c.retired)
    .map((c) => ({ slug: c.slug, name: c.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
