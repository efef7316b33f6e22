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
  return {
    amends: row.amendsId ? { id: row.amendsId, reason: row.amendReason ?? "" } : null,
    amendedBy: replacement
      ? { id: replacement.id, at: replacement.createdAt.toISOString().slice(0, 10), reason: replacement.amendReason ?? "" }
      : null,
    cancelReason: cancelled ? (cancelled.note ?? "Not given") : null,
  };
}
