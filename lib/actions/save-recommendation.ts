"use server";

import { requireAdmin } from "@/lib/auth/current-user";
import { applyEvidenceEdit } from "@/lib/domain/evidence/evidence-edit";
import { saveRecommendationSchema } from "@/lib/schemas/evidence-edit";
import type { ActionResult } from "./action-result";
import { commitEvidenceEdit, type EvidenceVersionSaved } from "./commit-evidence-edit";

/** Creates, edits or retires a dose recommendation as a new evidence version. */
export async function saveRecommendationAction(input: unknown): Promise<ActionResult<EvidenceVersionSaved>> {
  const admin = await requireAdmin();
  return commitEvidenceEdit(
    admin,
    saveRecommendationSchema,
    input,
    (d) => ({ source: "admin", resourceDetail: `recommendation=${d.entity.id}` }),
    (content, d) => applyEvidenceEdit(content, { kind: "recommendation", originalKey: d.originalKey, entity: d.entity }),
  );
}
