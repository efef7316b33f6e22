import "server-only";
import { getCurrentEvidence } from "@/lib/data/evidence";
import type { SafetySeverity } from "@/lib/schemas/evidence";

export interface SafetyChecklistItem {
  code: string;
  label: string;
  finding: string;
  severity: SafetySeverity;
  guidance: string;
}

/**
 * The intake's safety checklist: one item per active safety rule of the current evidence version, so
 * a rule an admin adds or retires changes the form without a code change. null when no evidence exists.
 */
export async function listSafetyChecklist(): Promise<SafetyChecklistItem[] | null> {
  const snapshot = await getCurrentEvidence();
  if (!snapshot) return null;
  return snapshot.content.safetyRules
    .filter((r) => !r.retired)
    .map((r) => ({ code: r.code, label: r.label, finding: r.finding, severity: r.severity, guidance: r.guidance }));
}
