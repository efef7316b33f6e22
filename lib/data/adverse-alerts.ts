import "server-only";
import { db } from "@/lib/db/client";
import type { ReferralViewer } from "./referrals";

/** Moderate or worse, not yet acknowledged: what the referring clinician's header badge counts. */
const open = (viewer: ReferralViewer) => ({ clinicianId: viewer.id, acknowledgedAt: null, severity: { in: ["moderate", "severe"] } });

export async function countOpenAdverseAlerts(viewer: ReferralViewer): Promise<number> {
  if (viewer.role !== "CLINICIAN") return 0;
  return db.adverseEvent.count({ where: open(viewer) });
}

export interface AdverseAlert {
  id: string;
  referralId: string;
  severity: string;
  occurredOn: string;
  createdAt: string;
}

export async function listOpenAdverseAlerts(viewer: ReferralViewer): Promise<AdverseAlert[]> {
  if (viewer.role !== "CLINICIAN") return [];
  const rows = await db.adverseEvent.findMany({
    where: open(viewer),
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, severity: true, occurredOn: true, createdAt: true, dispatch: { select: { referralId: true } } },
  });
  return rows.map((r) => ({ id: r.id, referralId: r.dispatch.referralId, severity: r.severity, occurredOn: r.occurredOn, createdAt: r.createdAt.toISOString() }));
}

/** The referring clinician has seen it: the badge stops counting it. Scoped to their own alerts. */
export async function acknowledgeAdverseEvent(viewer: ReferralViewer, id: string): Promise<boolean> {
  if (viewer.role !== "CLINICIAN") return false;
  const { count } = await db.adverseEvent.updateMany({ where: { id, clinicianId: viewer.id, acknowledgedAt: null }, data: { acknowledgedAt: new Date() } });
  return count === 1;
}
