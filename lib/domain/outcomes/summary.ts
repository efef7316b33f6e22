import type { ChosenDose } from "@/lib/domain/dose/dose";
import { formatChosenDoseLine } from "@/lib/domain/dose/dose-words";
import { courseOutcome, type CourseOutcome, type CourseRecord } from "./course-outcome";
import { PGIC_CATEGORIES, type PgicCategory } from "./scores";
import { median, share } from "./statistics";

/**
 * What the courses completed in this clinic did, per condition and prescribed dose. Observational data:
 * no control group, no randomisation, whoever was referred and came back — the page says so.
 *
 * Which courses count: only completed ones (declined, cancelled and unfinished courses are left out, and
 * an unfinished course never moves a figure). Each figure carries its own n, because missing scores leave
 * a course out of that figure only (see scores.ts for the rules).
 */
export interface OutcomeSummary {
  conditionSlug: string;
  conditionName: string;
  /** The prescribed dose of this group; null for a condition's all-doses summary. */
  dose: ChosenDose | null;
  /** The dose in the sheet's words ("60 minutes, once a week for 8 weeks (8 sessions)"). */
  doseLabel: string;
  coursesCompleted: number;
  pain: MedianFigure;
  peg: MedianFigure;
  /** Courses with at least 30% less pain, out of those whose first and last pain could be compared. */
  meaningfulPainReduction: { count: number; n: number; share: number | null };
  sessions: {
    /** Sessions given over courses whose prescription states a number of sessions. */
    attended: number;
    prescribed: number;
    /** Courses counted in attended/prescribed. */
    n: number;
    medianAttended: number | null;
  };
  /** Last PGIC per course, counted per category; n = courses with a PGIC recorded. */
  pgic: { counts: Record<PgicCategory, number>; n: number };
}

export interface MedianFigure {
  /** Median change from first to last score (negative = better); null when n = 0. */
  medianChange: number | null;
  n: number;
}

/** The key of a prescribed dose: same figures, same group. */
export function doseKey(dose: ChosenDose): string {
  return [dose.minutesPerSession, dose.sessionsPerWeek, dose.weeks, dose.totalSessions]
    .map((v) => (v === null ? "-" : String(v)))
    .join("|");
}

function summarise(conditionSlug: string, conditionName: string, dose: ChosenDose | null, outcomes: CourseOutcome[]): OutcomeSummary {
  const painChanges = outcomes.flatMap((o) => (o.pain ? [o.pain.change] : []));
  const pegChanges = outcomes.flatMap((o) => (o.peg ? [o.peg.change] : []));
  const judged = outcomes.filter((o) => o.meaningfulPainReduction !== null);
  const improved = judged.filter((o) => o.meaningfulPainReduction === true).length;
  const prescribed = outcomes.filter((o) => o.sessionsPrescribed !== null);
  const counts = Object.fromEntries(PGIC_CATEGORIES.map((c) => [c, 0])) as Record<PgicCategory, number>;
  let pgicN = 0;
  for (const o of outcomes) {
    if (o.pgic === null) continue;
    counts[o.pgic] += 1;
    pgicN += 1;
  }
  return {
    conditionSlug,
    conditionName,
    dose,
    doseLabel: dose ? formatChosenDoseLine(dose) : "all doses",
    coursesCompleted: outcomes.length,
    pain: { medianChange: median(painChanges), n: painChanges.length },
    peg: { medianChange: median(pegChanges), n: pegChanges.length },
    meaningfulPainReduction: { count: improved, n: judged.length, share: share(improved, judged.length) },
    sessions: {
      attended: prescribed.reduce((sum, o) => sum + o.sessionsAttended, 0),
      prescribed: prescribed.reduce((sum, o) => sum + (o.sessionsPrescribed ?? 0), 0),
      n: prescribed.length,
      medianAttended: median(outcomes.map((o) => o.sessionsAttended)),
    },
    pgic: { counts, n: pgicN },
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The condition's name as one course of the group states it, the same one whatever the input order. */
function nameOf(courses: readonly CourseRecord[]): string {
  return [...courses].sort((a, b) => byText(a.referralId, b.referralId))[0]?.conditionName ?? "";
}

/**
 * One summary per condition and prescribed dose, over completed courses only; sorted by condition, then
 * by dose key, so the order of the input never changes the output.
 */
export function summariseByConditionAndDose(courses: readonly CourseRecord[]): OutcomeSummary[] {
  const groups = new Map<string, CourseRecord[]>();
  for (const course of courses) {
    if (!course.completed) continue;
    const key = `${course.conditionSlug}\u0000${doseKey(course.dose)}`;
    groups.set(key, [...(groups.get(key) ?? []), course]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([, group]) => {
      const { conditionSlug, dose } = group[0] as CourseRecord;
      return summarise(conditionSlug, nameOf(group), dose, group.map(courseOutcome));
    });
}

/** The condition's all-doses line ("in this clinic: 14 courses, median pain −2.5"); null without courses. */
export function summariseCondition(courses: readonly CourseRecord[], conditionSlug: string): OutcomeSummary | null {
  const completed = courses.filter((c) => c.completed && c.conditionSlug === conditionSlug);
  if (completed.length === 0) return null;
  return summarise(conditionSlug, nameOf(completed), null, completed.map(courseOutcome));
}
