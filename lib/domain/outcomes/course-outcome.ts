import { totalSessionsOf, type ChosenDose } from "@/lib/domain/dose/dose";
import {
  firstAndLast,
  lastPgic,
  meaningfulPainReduction,
  painPercentChange,
  pegScore,
  type FirstLast,
  type PgicCategory,
  type ScoreSet,
} from "./scores";

/** A referral's course of massage as the outcome arithmetic needs it: a plain DTO, no Prisma row. */
export interface CourseRecord {
  referralId: string;
  conditionSlug: string;
  conditionName: string;
  /** The dose the clinician prescribed (final dose of the referral). */
  dose: ChosenDose;
  /** Only a completed course (the therapist closed it with a discharge note) counts in the outcomes. */
  completed: boolean;
  /** Sessions the therapist logged as given. */
  sessionsAttended: number;
  scores: readonly ScoreSet[];
}

export interface CourseOutcome {
  referralId: string;
  pain: FirstLast | null;
  painPercentChange: number | null;
  peg: FirstLast | null;
  /** ≥ 30% less pain from first to last score; null when it cannot be said (see scores.ts). */
  meaningfulPainReduction: boolean | null;
  pgic: PgicCategory | null;
  sessionsAttended: number;
  /** Sessions prescribed (per week × weeks, or the stated total); null when the referral left it open. */
  sessionsPrescribed: number | null;
}

/** What one course's scores say; missing scores are handled as stated in scores.ts. */
export function courseOutcome(course: CourseRecord): CourseOutcome {
  const pain = firstAndLast(course.scores, (s) => s.pain);
  return {
    referralId: course.referralId,
    pain,
    painPercentChange: painPercentChange(pain),
    peg: firstAndLast(course.scores, pegScore),
    meaningfulPainReduction: meaningfulPainReduction(pain),
    pgic: lastPgic(course.scores),
    sessionsAttended: course.sessionsAttended,
    sessionsPrescribed: totalSessionsOf(course.dose),
  };
}

/**
 * The course ended with pain unchanged or worse: completed, and its last pain score is the same as or
 * higher than its first. A course without two pain scores is not said to have failed (it is unknown).
 */
export function endedWithoutPainRelief(course: CourseRecord): boolean {
  if (!course.completed) return false;
  const pain = firstAndLast(course.scores, (s) => s.pain);
  return pain !== null && pain.change >= 0;
}
