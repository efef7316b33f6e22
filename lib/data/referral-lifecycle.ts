import "server-only";
import { db } from "@/lib/db/client";
import type { ReferralLifecycle } from "@/lib/domain/referral/referral-sheet";

/**
 * Where a referral stands among its versions: the referral it amends (and why), the amendment that
 * replaced it, and the reason it was cancelled (the note of its "cancelled" event). Scoped to the same
 * clinician as the referral, so an amendment can only ever link rows of one owner.
 */
export async function referralLifecycle(row: {
  id: string;
  clinicianId: string;
  amendsId: string | null;
  amendReason: string | null;
  events: { toStatus: string; note: string | null }[];
}): Promise<ReferralLifecycle> {
  const replacement = await db.referral.findFirst({
    where: { amendsId: row.id, clinicianId: row.clinicianId },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, amendReason: true },
  });
  const cancelled = [...row.events].reverse().find((e) => e.toStatus === "cancelled");
  // The replaced row is always the same clinician's; were it ever missing, the sheet still says it amends.
  const amended = row.amendsId ? ((await versionOf(row.amendsId, row.clinicianId)) ?? { at: "date unknown", version: 1 }) : null;
  return {
    amends: row.amendsId && amended ? { id: row.amendsId, at: amended.at, reason: row.amendReason ?? "", version: amended.version + 1 } : null,
    amendedBy: replacement
      ? { id: replacement.id, at: replacement.createdAt.toISOString().slice(0, 10), reason: replacement.amendReason ?? "" }
      : null,
    cancelReason: cancelled ? (cancelled.note ?? "Not given") : null,
  };
}

/** Enough for any real chain of corrections; a longer one is numbered from there rather than walked on. */
const MAX_VERSIONS_WALKED = 50;

/** The date and version number of referral `id`: its version is one more than the one it amends. */
async function versionOf(id: string, clinicianId: string): Promise<{ at: string; version: number } | null> {
  const first = await db.referral.findFirst({ where: { id, clinicianId }, select: { createdAt: true, amendsId: true } });
  if (!first) return null;
  let version = 1;
  let previous = first.amendsId;
  while (previous && version < MAX_VERSIONS_WALKED) {
    const row = await db.referral.findFirst({ where: { id: previous, clinicianId }, select: { amendsId: true } });
    if (!row) break;
    version += 1;
    previous = row.amendsId;
  }
  return { at: first.createdAt.toISOString().slice(0, 10), version };
}
