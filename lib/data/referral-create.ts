import "server-only";
import { db } from "@/lib/db/client";
import type { SuggestionCard } from "@/lib/domain/referral/suggest";
import type { IntakeInput } from "@/lib/schemas/intake";
import type { DoseInput, OverrideReason } from "@/lib/schemas/referral";
import { referralRow } from "./referral-row";

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

export interface CreatedReferral {
  id: string;
  /** false: the key was used before (double click, retry) and the first referral is returned. */
  created: boolean;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * SQLite answers "database is locked" (Prisma's P1008) at once, without waiting out the busy timeout, when
 * waiting could deadlock (SQLite's documented cases). Under contention with another writer this was seen
 * on about one save in a hundred once the referral search index made each save's transaction longer
 * (concurrent-writes.test.ts). SQLite's advice is to retry the transaction; the save is idempotent on its
 * key, so a retry can never make a second referral.
 */
const LOCKED_RETRIES = 4;

function isLocked(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P1008";
}

async function retryWhileLocked<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isLocked(error) || attempt >= LOCKED_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random() + 5));
    }
  }
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
