"use server";

import { requireAdmin } from "@/lib/auth/current-user";
import { applyEvidenceEdit } from "@/lib/domain/evidence/evidence-edit";
import { saveSafetyRuleSchema } from "@/lib/schemas/evidence-edit";
import type { ActionResult } from "./action-result";
import { commitEvidenceEdit, type EvidenceVersionSaved } from "./commit-evidence-edit";

/** Creates, edits or retires a safety rule as a new evidence version. */
export async function saveSafetyRuleAction(input: unknown): Promise<ActionResult<EvidenceVersionSaved>> {
  const admin = await requireAdmin();
  return commitEvidenceEdit(
    admin,
    saveSafetyRuleSchema,
    input,
    (d) => ({ source: "admin", resourceDetail: `safety-rule=${d.entity.code}` }),
    (content, d) => applyEvidenceEdit(content, { kind: "safetyRule", originalKey: d.originalKey, entity: d.entity }),
  );
}
