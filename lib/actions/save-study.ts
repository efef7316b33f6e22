"use server";

import { requireAdmin } from "@/lib/auth/current-user";
import { applyEvidenceEdit } from "@/lib/domain/evidence/evidence-edit";
import { saveStudySchema } from "@/lib/schemas/evidence-edit";
import type { ActionResult } from "./action-result";
import { commitEvidenceEdit, type EvidenceVersionSaved } from "./commit-evidence-edit";

/** Creates, edits or retires a study as a new evidence version. */
export async function saveStudyAction(input: unknown): Promise<ActionResult<EvidenceVersionSaved>> {
  const admin = await requireAdmin();
  return commitEvidenceEdit(
    admin,
    saveStudySchema,
    input,
    (d) => ({ source: "admin", resourceDetail: `study=${d.entity.id}` }),
    (content, d) => applyEvidenceEdit(content, { kind: "study", originalKey: d.originalKey, entity: d.entity }),
  );
}
