import "server-only";
import { db } from "@/lib/db/client";
import type { SuggestionCard } from "@/lib/domain/referral/suggest";
import type { IntakeInput } from "@/lib/schemas/intake";
import type { DoseInput, OverrideReason } from "@/lib/schemas/referral";
import { referralRow } from "./referral-row";
import { retryWhileLocked } from "./retry-while-locked";

export interface NewReferral {
  idempotencyKey: string;
  intake: IntakeInput;
  /** The suggestion recomputed on the server from the current evidence, never the client's copy. */
  card: SuggestionCard;
  evidenceVersionId: string;
  finalDose: DoseInput;
  doseChanged: boolean;
  overrideReason: OverrideReason | null;
  overrideNote: string | null;
  deferOverrideNote: string | null;
  status: "draft" | "final";
}

/** Saving over an existing referral: finishing or re-saving a draft, or amending a final/sent one. */
export type ReferralEdit = { kind: "draft"; id: string } | { kind: "amend"; id: string; reason: string };

export type SaveOutcome = { ok: true; id: string; created: boolean } | { ok: false; reason: "not-found" | "not-editable" };

export interface CreatedReferral {
  id: string;
  /** false: the key was used before (double click, retry) and the first referral is returned. */
  created: boolean;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

async function findByKey(clinicianId: string, idempotencyKey: string): Promise<string | null> {
  const row = await db.referral.findUnique({
    where: { clinicianId_idempotencyKey: { clinicianId, idempotencyKey } },
    select: { id: true },
  });
  return row?.id ?? null;
}

/**
 * Saves one referral for the clinician with its "created" event, in one transaction. Idempotent on
 * (clinicianId, idempotencyKey): a repeat returns the first referral, and when two requests race past
 * the lookup the unique index refuses the second insert (P2002), which then returns the winner's id.
 * The owner is a parameter taken from the session by the caller, never from the submitted input.
 */
export async function createReferral(clinicianId: string, input: NewReferral): Promise<CreatedReferral> {
  const existing = await findByKey(clinicianId, input.idempotencyKey);
  if (existing) return { id: existing, created: false };
  try {
    const id = await retryWhileLocked(() => db.$transaction(async (tx) => {
      const row = await tx.referral.create({
        data: referralRow(clinicianId, input),
        select: { id: true },
      });
      await tx.referralEvent.create({
        data: { referralId: row.id, userId: clinicianId, fromStatus: null, toStatus: input.status, note: "created" },
      });
      return row.id;
    }));
    return { id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findByKey(clinicianId, input.idempotencyKey);
    if (!winner) throw error;
    return { id: winner, created: false };
  }
}

/**
 * A draft saved again from the intake form: the same row takes the new intake, suggestion and dose, and
 * may become final, with an event saying so. Only the owner's drafts: the update is conditional on
 * { id, clinicianId, status: "draft" }, so a draft finished in another tab meanwhile is not overwritten.
 */
async function updateDraft(clinicianId: string, id: string, input: NewReferral): Promise<SaveOutcome> {
  // The owner and the original idempotency key stay as they were; everything else is the new save.
  const columns: Partial<ReturnType<typeof referralRow>> = referralRow(clinicianId, input);
  delete columns.clinicianId;
  delete columns.idempotencyKey;
  const updated = await retryWhileLocked(() => db.$transaction(async (tx) => {
    const result = await tx.referral.updateMany({ where: { id, clinicianId, status: "draft" }, data: columns });
    if (result.count !== 1) return false;
    await tx.referralEvent.create({
      data: { referralId: id, userId: clinicianId, fromStatus: "draft", toStatus: input.status, note: input.status === "final" ? "draft finished" : "draft edited" },
    });
    return true;
  }));
  if (updated) return { ok: true, id, created: false };
  const exists = await db.referral.findFirst({ where: { id, clinicianId }, select: { id: true } });
  return { ok: false, reason: exists ? "not-editable" : "not-found" };
}

/**
 * An amendment: a new referral that replaces the owner's final or sent one, with the reason; the old one
 * becomes "amended" (still readable, its sheet says it was replaced), both in one transaction with an
 * event on each. Idempotent on the form's key like a new referral.
 */
async function saveAmendment(clinicianId: string, edit: { id: string; reason: string }, input: NewReferral): Promise<SaveOutcome> {
  const existing = await findByKey(clinicianId, input.idempotencyKey);
  if (existing) return { ok: true, id: existing, created: false };
  const old = await db.referral.findFirst({ where: { id: edit.id, clinicianId }, select: { status: true } });
  if (!old) return { ok: false, reason: "not-found" };
  if (old.status !== "final" && old.status !== "sent") return { ok: false, reason: "not-editable" };
  const id = await retryWhileLocked(() => db.$transaction(async (tx) => {
    const moved = await tx.referral.updateMany({ where: { id: edit.id, clinicianId, status: old.status }, data: { status: "amended" } });
    if (moved.count !== 1) return null;
    const row = await tx.referral.create({
      data: { ...referralRow(clinicianId, input), amendsId: edit.id, amendReason: edit.reason },
      select: { id: true },
    });
    await tx.referralEvent.create({
      data: { referralId: edit.id, userId: clinicianId, fromStatus: old.status, toStatus: "amended", note: `Replaced by amendment ${row.id}: ${edit.reason}` },
    });
    await tx.referralEvent.create({
      data: { referralId: row.id, userId: clinicianId, fromStatus: null, toStatus: input.status, note: `Amends referral ${edit.id}: ${edit.reason}` },
    });
    return row.id;
  }));
  return id ? { ok: true, id, created: true } : { ok: false, reason: "not-editable" };
}

/** New referral, re-saved draft or amendment, by `edit`. The owner always comes from the session. */
export async function saveReferral(clinicianId: string, input: NewReferral, edit: ReferralEdit | null): Promise<SaveOutcome> {
  if (edit === null) return { ok: true, ...(await createReferral(clinicianId, input)) };
  return edit.kind === "draft" ? updateDraft(clinicianId, edit.id, input) : saveAmendment(clinicianId, edit, input);
}
