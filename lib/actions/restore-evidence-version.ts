"use server";

import { requireAdmin } from "@/lib/auth/current-user";
import { getEvidenceVersion } from "@/lib/data/evidence";
import { restoreEvidenceVersionSchema } from "@/lib/schemas/evidence-edit";
import type { ActionResult } from "./action-result";
import { commitEvidenceEdit, type EvidenceVersionSaved } from "./commit-evidence-edit";

/**
 * Restores an older version by writing its content as a NEW version (source "restore"): history is
 * never rewritten, and referrals made from the versions in between keep pointing at what they used.
 */
export async function restoreEvidenceVersionAction(input: unknown): Promise<ActionResult<EvidenceVersionSaved>> {
  const admin = await requireAdmin();
  return commitEvidenceEdit(
    admin,
    restoreEvidenceVersionSchema,
    input,
    (d) => ({ source: "restore", resourceDetail: `restored-from=${d.versionId}` }),
    async (_content, d) => {
      const old = await getEvidenceVersion(d.versionId);
      return old ? { ok: true, content: old.content } : { ok: false, error: "That evidence version does not exist." };
    },
  );
}
