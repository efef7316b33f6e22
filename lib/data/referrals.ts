import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { ReferralSheetData } from "@/lib/domain/referral/referral-sheet";
import { amendableStatuses } from "@/lib/schemas/labels/referral";
import { canTransition, nextStatuses, referralStatuses, type ReferralStatus } from "@/lib/schemas/referral";
import { parseStoredIntake, parseStoredSuggestion, toReferralForExport, type StoredIntake } from "./referral-export";

import { referralLifecycle } from "./referral-lifecycle";
import { retryWhileLocked } from "./retry-while-locked";

export { toReferralForExport } from "./referral-export";
// The lists (keyset pages, counts, search) are in referral-list.ts.

/** Who is asking. Clinicians see their own referrals; admins read everyone's and change nothing. */
export interface ReferralViewer {
  id: string;
  /** "CLINICIAN" | "ADMIN"; any other value is treated as a clinician scope (own rows only). */
  role: string;
}

const clinicianSelect = { name: true, credentials: true, email: true, clinicName: true, phone: true } as const;

export function asStatus(value: string): ReferralStatus {
  return referralStatuses.find((s) => s === value) ?? "draft";
}

/**
 * Authorization lives in the WHERE clause (documenso's pattern): a clinician's query can only ever see
 * rows with their id, so a page that forgot a check still leaks nothing.
 */
function ownerScope(viewer: ReferralViewer): { clinicianId?: string } {
  return viewer.role === "ADMIN" ? {} : { clinicianId: viewer.id };
}

export interface ReferralEventView {
  at: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  note: string | null;
  byName: string;
}

export interface ReferralDetail {
  sheet: ReferralSheetData;
  intake: StoredIntake;
  matched: { text: string; why: string }[];
  events: ReferralEventView[];
  /** Only the owner may change status or duplicate; admins read. */
  canEdit: boolean;
  nextStatuses: readonly ReferralStatus[];
  /** The owner may replace this final or sent referral with an amended version. */
  canAmend: boolean;
  /** Set on first send; printed with its QR code (lib/data/short-code.ts). */
  shortCode: string | null;
}

/** Ids are cuids; anything else cannot exist, so it is not worth a query. */
function plausibleId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

/** The referral if the viewer may read it (owner or admin), else null: callers answer 404, never 403. */
export async function getReferralForUser(viewer: ReferralViewer, id: string): Promise<ReferralDetail | null> {
  if (!plausibleId(id)) return null;
  const row = await db.referral.findFirst({
    where: { id, ...ownerScope(viewer) },
    include: {
      clinician: { select: clinicianSelect },
      evidenceVersion: { select: { number: true } },
      events: { orderBy: { at: "asc" } },
    },
  });
  if (!row) return null;
  const userIds = [...new Set(row.events.map((e) => e.userId))];
  // memory-guard: bounded — the users who changed one referral's status.
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  // Which evidence version is current, so a sheet made from an older one says it was superseded.
  const latest = await db.evidenceVersion.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
  const exported = toReferralForExport(row);
  const sheet = {
    ...exported,
    evidence: { ...exported.evidence, currentVersionNumber: latest?.number ?? null },
    lifecycle: await referralLifecycle(row),
  };
  const canEdit = viewer.role === "CLINICIAN" && row.clinicianId === viewer.id;
  return {
    sheet,
    intake: parseStoredIntake(row.intake),
    matched: parseStoredSuggestion(row.suggestion).matched,
    events: row.events.map((e) => ({
      at: e.at.toISOString(),
      fromStatus: e.fromStatus === null ? null : asStatus(e.fromStatus),
      toStatus: asStatus(e.toStatus),
      note: e.note,
      byName: names.get(e.userId) ?? "Unknown user",
    })),
    canEdit,
    nextStatuses: canEdit ? nextStatuses(sheet.status) : [],
    canAmend: canEdit && amendableStatuses.includes(sheet.status) && sheet.lifecycle.amendedBy === null,
    shortCode: row.shortCode,
  };
}

export type ChangeStatusOutcome =
  | { ok: true; from: ReferralStatus; to: ReferralStatus }
  | { ok: false; reason: "not-found" | "invalid-transition" | "conflict"; from?: ReferralStatus };

/**
 * Moves the owner's referral to `to` when canTransition allows it, recording a ReferralEvent in the same
 * transaction. The update is conditional on the status read, so two tabs racing cannot both move it.
 */
export async function changeStatus(viewer: ReferralViewer, id: string, to: ReferralStatus, note: string | null): Promise<ChangeStatusOutcome> {
  if (viewer.role !== "CLINICIAN" || !plausibleId(id)) return { ok: false, reason: "not-found" };
  const row = await db.referral.findFirst({ where: { id, clinicianId: viewer.id }, select: { status: true } });
  if (!row) return { ok: false, reason: "not-found" };
  const from = asStatus(row.status);
  if (!canTransition(from, to)) return { ok: false, reason: "invalid-transition", from };
  const moved = await retryWhileLocked(() => db.$transaction(async (tx) => {
    const updated = await tx.referral.updateMany({ where: { id, clinicianId: viewer.id, status: from }, data: { status: to } });
    if (updated.count !== 1) return false;
    await tx.referralEvent.create({ data: { referralId: id, userId: viewer.id, fromStatus: from, toStatus: to, note } });
    return true;
  }));
  return moved ? { ok: true, from, to } : { ok: false, reason: "conflict", from };
}

/**
 * A new draft with the same patient, intake, suggestion snapshot and dose, for the owner only. It keeps
 * the original evidence version: the copy is of what was referred, and the clinician re-runs the intake
 * for a fresh suggestion.
 */
export async function duplicateAsDraft(viewer: ReferralViewer, id: string): Promise<{ id: string } | null> {
  if (viewer.role !== "CLINICIAN" || !plausibleId(id)) return null;
  const src = await db.referral.findFirst({ where: { id, clinicianId: viewer.id } });
  if (!src) return null;
  // One key for every attempt: an attempt refused as locked rolled back and left no row.
  const idempotencyKey = randomUUID();
  return retryWhileLocked(() => db.$transaction(async (tx) => {
    const copy = await tx.referral.create({
      data: {
        clinicianId: viewer.id,
        idempotencyKey,
        status: "draft",
        patientName: src.patientName,
        patientDob: src.patientDob,
        patientSex: src.patientSex,
        patientMrn: src.patientMrn,
        intake: src.intake,
        conditionSlug: src.conditionSlug,
        conditionName: src.conditionName,
        icd10Code: src.icd10Code,
        evidenceVersionId: src.evidenceVersionId,
        recommendationId: src.recommendationId,
        suggestion: src.suggestion,
        finalDose: src.finalDose,
        doseChanged: src.doseChanged,
        overrideReason: src.overrideReason,
        overrideNote: src.overrideNote,
        deferOverrideNote: src.deferOverrideNote,
      },
      select: { id: true },
    });
    await tx.referralEvent.create({
      data: { referralId: copy.id, userId: viewer.id, fromStatus: null, toStatus: "draft", note: `Duplicated from referral ${src.id}` },
    });
    return copy;
  }));
}
