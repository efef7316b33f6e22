import "server-only";
import { db } from "@/lib/db/client";
import type { CourseRecord } from "@/lib/domain/outcomes/course-outcome";
import { summariseByConditionAndDose, summariseCondition, type OutcomeSummary } from "@/lib/domain/outcomes/summary";
import type { ReferralViewer } from "./referrals";
import { storedDose, toScoreSets } from "./loop-rows";

/**
 * Completed courses for the outcomes page, as plain course records (no patient identifiers leave this
 * file: the pages show aggregates only). Who may see what:
 * - "clinic": every completed course in this MassageRx, for clinicians and admins — the point of the page
 *   is how a dose has done across the clinic; only counts, medians and shares are shown.
 * - "mine": the signed-in clinician's own referrals.
 * Any other role (a therapist) gets nothing.
 */
export type OutcomeScope = "clinic" | "mine";

/** The most recently completed courses the figures are computed from (bounded: issue 17's memory guard). */
export const OUTCOME_COURSE_LIMIT = 10_000;

async function completedCourses(viewer: ReferralViewer, scope: OutcomeScope, conditionSlug?: string): Promise<CourseRecord[]> {
  if (viewer.role !== "CLINICIAN" && viewer.role !== "ADMIN") return [];
  const rows = await db.referralDispatch.findMany({
    where: {
      status: "completed",
      referral: { ...(scope === "mine" ? { clinicianId: viewer.id } : {}), ...(conditionSlug ? { conditionSlug } : {}) },
    },
    orderBy: { completedAt: "desc" },
    take: OUTCOME_COURSE_LIMIT,
    select: {
      referralId: true,
      referral: { select: { conditionSlug: true, conditionName: true, finalDose: true } },
      _count: { select: { sessions: true } },
      scores: { select: { id: true, sessionId: true, timepoint: true, recordedOn: true, pain: true, pegPain: true, pegEnjoyment: true, pegActivity: true, pgic: true } },
    },
  });
  return rows.map((r) => ({
    referralId: r.referralId,
    conditionSlug: r.referral.conditionSlug,
    conditionName: r.referral.conditionName,
    dose: storedDose(r.referral.finalDose),
    completed: true,
    sessionsAttended: r._count.sessions,
    scores: toScoreSets(r.scores),
  }));
}

/** One summary per condition and prescribed dose. */
export async function listOutcomeSummaries(viewer: ReferralViewer, scope: OutcomeScope): Promise<OutcomeSummary[]> {
  return summariseByConditionAndDose(await completedCourses(viewer, scope));
}

/** The condition's all-doses summary across the clinic ("in this clinic: 14 courses, median pain −2.5"). */
export async function getConditionOutcome(viewer: ReferralViewer, conditionSlug: string): Promise<OutcomeSummary | null> {
  return summariseCondition(await completedCourses(viewer, "clinic", conditionSlug), conditionSlug);
}
