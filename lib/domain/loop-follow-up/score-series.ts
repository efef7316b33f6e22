import { inRecordedOrder, PGIC_LABELS, pegScore, type ScoreSet, type ScoreTimepoint } from "@/lib/domain/outcomes/scores";

/**
 * One row per score set, in recorded order: what the chart draws and the table beside it lists, from
 * one function so the two can never disagree. PEG is the mean of its three items (scores.ts, rule 3),
 * rounded to one decimal for display only.
 */
export interface ScoreRow {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  timepoint: string;
  pain: number | null;
  peg: number | null;
  pegItems: { pain: number | null; enjoyment: number | null; activity: number | null };
  pgic: string | null;
}

const TIMEPOINT_WORDS: Record<ScoreTimepoint, string> = { first: "First session", interim: "Along the way", final: "End of course" };

export function scoreRows(sets: readonly ScoreSet[]): ScoreRow[] {
  return inRecordedOrder(sets).map((s) => {
    const peg = pegScore(s);
    return {
      id: s.id,
      date: s.recordedAt.slice(0, 10),
      timepoint: s.timepoint ? TIMEPOINT_WORDS[s.timepoint] : "",
      pain: s.pain,
      peg: peg === null ? null : Math.round(peg * 10) / 10,
      pegItems: { pain: s.pegPain, enjoyment: s.pegEnjoyment, activity: s.pegActivity },
      pgic: s.pgic ? PGIC_LABELS[s.pgic] : null,
    };
  });
}
