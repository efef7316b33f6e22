import "server-only";
import { requestIp } from "@/lib/auth/request-address";
import { db } from "@/lib/db/client";
import { recordAudit } from "./audit";
import { retryWhileLocked } from "./retry-while-locked";
import { amendableStatuses } from "@/lib/domain/labels/referral";

/**
 * The intake form's autosave: one row per intake being typed, readable and writable only by its
 * clinician (every query filters by clinicianId), so nothing typed lives in the browser's storage or URL.
 */

export interface IntakeDraftView {
  id: string;
  updatedAt: string;
  /** The form's values as typed (JSON), for the form to restore. */
  data: unknown;
}

/** How long an unsaved intake is offered back: a working day, then it is not shown (and is pruned). */
export const INTAKE_DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Which form an autosave belongs to: null for a new intake, else the clinician's saved referral being
 * edited (a draft reopened) or amended. Each is offered back only in its own form.
 */
export type IntakeDraftScope = { kind: "draft" | "amend"; referralId: string } | null;

const scopeWhere = (scope: IntakeDraftScope) => ({ referralId: scope?.referralId ?? null, editKind: scope?.kind ?? null });

/**
 * Creates the clinician's draft, or updates it when `id` is theirs and of the same form; returns its id,
 * or null when the scope's referral is not the clinician's or not in a state that form edits. One
 * transaction, so a retry after "database is locked" (retryWhileLocked) repeats the whole step and never
 * adds a second row.
 */
export async function saveIntakeDraft(clinicianId: string, id: string | null, scope: IntakeDraftScope, data: string): Promise<string | null> {
  return retryWhileLocked(() =>
    db.$transaction(async (tx) => {
      if (scope) {
        const allowed = scope.kind === "draft" ? ["draft"] : [...amendableStatuses];
        const referral = await tx.referral.findFirst({
          where: { id: scope.referralId, clinicianId, status: { in: allowed } },
          select: { id: true },
        });
        if (!referral) return null;
      }
      if (id) {
        const updated = await tx.intakeDraft.updateMany({ where: { id, clinicianId, ...scopeWhere(scope) }, data: { data } });
        if (updated.count === 1) return id;
      }
      // Old ones go when a new one starts, so a clinician has a handful at most.
      await tx.intakeDraft.deleteMany({ where: { clinicianId, updatedAt: { lt: new Date(Date.now() - INTAKE_DRAFT_TTL_MS) } } });
      const row = await tx.intakeDraft.create({ data: { clinicianId, data, ...scopeWhere(scope) }, select: { id: true } });
      return row.id;
    }),
  );
}

/** The clinician's most recent unsaved form of the last day for this scope, if any. */
export async function latestIntakeDraft(clinicianId: string, scope: IntakeDraftScope = null): Promise<IntakeDraftView | null> {
  const row = await db.intakeDraft.findFirst({
    where: { clinicianId, ...scopeWhere(scope), updatedAt: { gte: new Date(Date.now() - INTAKE_DRAFT_TTL_MS) } },
    orderBy: { updatedAt: "desc" },
  });
  if (!row) return null;
  let data: unknown = null;
  try {
    data = JSON.parse(row.data);
  } catch {
    data = null;
  }
  return { id: row.id, updatedAt: row.updatedAt.toISOString(), data };
}

export async function deleteIntakeDraft(clinicianId: string, id: string): Promise<boolean> {
  const deleted = await db.intakeDraft.deleteMany({ where: { id, clinicianId } });
  return deleted.count === 1;
}

/** latestIntakeDraft for the intake page, audited: offering the draft back shows its PHI. */
export async function offerIntakeDraft(clinicianId: string, scope: IntakeDraftScope = null): Promise<IntakeDraftView | null> {
  const draft = await latestIntakeDraft(clinicianId, scope);
  if (draft) {
    await recordAudit({ userId: clinicianId, action: "intake-draft.offer", resourceType: "intakeDraft", resourceId: draft.id, outcome: "success", ip: await requestIp() });
  }
  return draft;
}
