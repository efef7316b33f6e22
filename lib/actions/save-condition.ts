"use server";

import { requireAdmin } from "@/lib/auth/current-user";
import { applyEvidenceEdit } from "@/lib/domain/evidence/evidence-edit";
import { saveConditionSchema } from "@/lib/schemas/evidence-edit";
import type { ActionResult } from "./action-result";
import { commitEvidenceEdit, type EvidenceVersionSaved } from "./commit-evidence-edit";

/** Creates, edits or retires a condition (phrases, exclusions, ICD-10-CM codes) as a new evidence version. */
export async function saveConditionAction(input: unknown): Promise<ActionResult<EvidenceVersionSaved>> {
  const admin = await requireAdmin();
  return commitEvidenceEdit(
    admin,
    saveConditionSchema,
    input,
    (d) => ({ source: "admin", resourceDetail: `condition=${d.entity.slug}` }),
    (content, d) => applyEvidenceEdit(content, { kind: "condition", originalKey: d.originalKey, entity: d.entity }),
  );
}
