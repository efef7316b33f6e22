import type { OutcomeSummary } from "./summary";

/**
 * How the outcomes page, its CSV and the condition page's "in this clinic" line state the figures:
 * one place, so the three never disagree. A change is signed with a real minus ("−2.5"), one decimal.
 */
export function signedChange(value: number | null): string {
  if (value === null) return "not enough scores";
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "0";
  return `${rounded < 0 ? "−" : "+"}${Math.abs(rounded)}`;
}

export function percent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}

/** "in this clinic: 14 courses, median pain −2.5 (n = 12)". */
export function clinicLine(s: OutcomeSummary): string {
  const courses = `${s.coursesCompleted} completed ${s.coursesCompleted === 1 ? "course" : "courses"}`;
  return `In this clinic: ${courses}, median change in pain ${signedChange(s.pain.medianChange)} of 10 (n = ${s.pain.n})`;
}

export const OUTCOME_CSV_HEADER = [
  "condition",
  "dose",
  "courses_completed",
  "median_pain_change",
  "pain_n",
  "median_peg_change",
  "peg_n",
  "at_least_30pct_less_pain",
  "at_least_30pct_n",
  "sessions_attended",
  "sessions_prescribed",
  "sessions_n",
] as const;

/** One CSV row of a summary: raw numbers (not the page's words), empty where there is no figure. */
export function outcomeCsvCells(s: OutcomeSummary): (string | number | null)[] {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return [
    s.conditionName,
    s.doseLabel,
    s.coursesCompleted,
    round(s.pain.medianChange),
    s.pain.n,
    round(s.peg.medianChange),
    s.peg.n,
    s.meaningfulPainReduction.count,
    s.meaningfulPainReduction.n,
    s.sessions.attended,
    s.sessions.prescribed,
    s.sessions.n,
  ];
}
