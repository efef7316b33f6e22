import "server-only";
import { db } from "@/lib/db/client";
import { needsAttention, type AttentionItem, type LoopReferralFacts } from "@/lib/domain/loop-follow-up/needs-attention";
import type { ReferralViewer } from "./referrals";
import { asSeverity, currentDispatch, dispatchStatusOf, loopDispatchSelect, reachedAt, storedDose, toScoreSets } from "./loop-rows";

/**
 * The signed-in clinician's "needs attention" list: their own sent referrals only (the WHERE clause
 * holds the clinician's id for every role, so an admin's list is their own too, normally empty), judged
 * by the pure rules in lib/domain/loop-follow-up/needs-attention.ts on each referral's dispatch in force.
 */
/** The newest sent referrals judged for the list: one clinician's open loops, bounded (issue 17's memory guard). */
export const ATTENTION_SCAN_LIMIT = 2_000;

export async function listNeedsAttention(viewer: ReferralViewer, now: Date): Promise<AttentionItem[]> {
  const referrals = await db.referral.findMany({
    where: { clinicianId: viewer.id, dispatches: { some: {} } },
    orderBy: { createdAt: "desc" },
    take: ATTENTION_SCAN_LIMIT,
    select: { id: true, patientName: true, conditionSlug: true, conditionName: true, finalDose: true, dispatches: { select: loopDispatchSelect } },
  });
  const facts: LoopReferralFacts[] = referrals.flatMap((r) => {
    const d = currentDispatch(r.dispatches);
    if (!d) return [];
    const stage = dispatchStatusOf(d);
    return [
      {
        referralId: r.id,
        patientName: r.patientName,
        conditionName: r.conditionName,
        stage,
        sentAt: d.sentAt.toISOString(),
        acceptedAt: reachedAt(d, "accepted"),
        declinedAt: reachedAt(d, "declined"),
        declineReason: d.declineReason,
        completedAt: d.completedAt?.toISOString() ?? null,
        sessions: d.sessions.map((s) => ({ id: s.id, date: s.sessionDate })),
        adverseEvents: d.adverseEvents.map((e) => ({
          id: e.id,
          occurredOn: e.occurredOn,
          severity: asSeverity(e.severity),
          description: e.description,
          acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
        })),
        course: {
          referralId: r.id,
          conditionSlug: r.conditionSlug,
          conditionName: r.conditionName,
          dose: storedDose(r.finalDose),
          completed: stage === "completed",
          sessionsAttended: d.sessions.length,
          scores: toScoreSets(d.scores),
        },
      },
    ];
  });
  return needsAttention(facts, now);
}
