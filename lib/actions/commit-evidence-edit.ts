import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requestIp, type SessionUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { appendAdminEvidenceVersion, getCurrentEvidence } from "@/lib/data/evidence";
import { describeEvidenceChanges } from "@/lib/domain/evidence/evidence-diff";
import type { EditOutcome } from "@/lib/domain/evidence/evidence-edit";
import type { EvidenceContent } from "@/lib/schemas/evidence";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * Steps 2-7 shared by every evidence curation action (step 1, requireAdmin, stays in each action so
 * no action can exist without it): validate, read the current version, refuse a stale base, apply the
 * pure edit, write a new immutable version with readable change lines, audit, revalidate.
 */

export interface EvidenceVersionSaved {
  versionId: string;
  versionNumber: number;
  changes: string[];
}

export const STALE_MESSAGE =
  "The evidence changed since you opened this form. Reload the page to see the latest version, then make your change again.";

type Envelope = { baseVersionId: string; reason: string };

export async function commitEvidenceEdit<S extends z.ZodType<Envelope>>(
  admin: SessionUser,
  schema: S,
  input: unknown,
  describeTarget: (parsed: z.output<S>) => { source: "admin" | "restore"; resourceDetail: string },
  apply: (content: EvidenceContent, parsed: z.output<S>) => EditOutcome | Promise<EditOutcome>,
): Promise<ActionResult<EvidenceVersionSaved>> {
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsFrom(parsed.error.issues));
  const data = parsed.data;

  const current = await getCurrentEvidence();
  if (!current) return fail("There is no evidence base yet; seed it first.");
  if (current.versionId !== data.baseVersionId) return fail(STALE_MESSAGE);

  const outcome = await apply(current.content, data);
  if (!outcome.ok) {
    return outcome.field ? fail(outcome.error, { [`entity.${outcome.field}`]: [outcome.error] }) : fail(outcome.error);
  }
  const changes = describeEvidenceChanges(current.content, outcome.content);
  if (changes.length === 0) return fail("Nothing changed, so no new version was made.");

  const { source, resourceDetail } = describeTarget(data);
  let saved;
  try {
    saved = await appendAdminEvidenceVersion(admin, { content: outcome.content, reason: data.reason, source, changes });
  } catch (error) {
    // The unique version number makes a concurrent save lose cleanly instead of forking the history.
    if ((error as { code?: string }).code === "P2002") return fail(STALE_MESSAGE);
    throw error;
  }

  await recordAudit({
    userId: admin.id,
    action: source === "restore" ? "evidence.restore" : "evidence.update",
    resourceType: "evidence-version",
    resourceId: saved.versionId,
    outcome: "success",
    ip: await requestIp(),
    detail: `${resourceDetail} version=${saved.versionNumber} changes=${changes.length}`,
  });
  revalidatePath("/evidence", "layout");
  revalidatePath("/admin/evidence", "layout");
  return ok({ versionId: saved.versionId, versionNumber: saved.versionNumber, changes });
}
