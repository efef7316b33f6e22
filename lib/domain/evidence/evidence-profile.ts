import type { Certainty, GuidanceItem, OutcomeRow, Recommendation, Study } from "@/lib/schemas/evidence";
import { studyShortLabel } from "./citation";

/**
 * The evidence-profile parts of a recommendation as text cells (GRADE summary-of-findings style), shared
 * by the suggestion card, the evidence pages and the sheet. A figure the source does not give is said to
 * be "not reported", never left blank and never filled in.
 */

export const NOT_REPORTED = "not reported";

export interface GuidanceView {
  kind: GuidanceItem["kind"];
  source: string;
  text: string;
  /** How MassageRx knows it, in words. */
  checkedText: string;
}

export interface OutcomeRowView {
  kind: OutcomeRow["kind"];
  outcome: string;
  timeFrame: string;
  comparator: string;
  studiesAndParticipants: string;
  effect: string;
  mid: string;
  certainty: Certainty | null;
  certaintyText: string;
  reasons: string[];
  sources: string;
}

const CHECKED_TEXT: Record<GuidanceItem["checked"], string> = {
  abstract: "Checked against the abstract",
  "guideline text": "Checked against the guideline's wording",
  "review only": "As reported by the clinical review; not checked against the source",
};

/** Structured guidance first; an older version's free-text note is shown too, marked as such. */
export function guidanceFor(rec: Pick<Recommendation, "guidance" | "conflictingGuidance">): GuidanceView[] {
  const items: GuidanceView[] = rec.guidance.map((g) => ({
    kind: g.kind,
    source: g.source,
    text: g.text,
    checkedText: CHECKED_TEXT[g.checked],
  }));
  if (rec.conflictingGuidance) {
    items.push({
      kind: "conflicting",
      source: "Evidence note",
      text: rec.conflictingGuidance,
      checkedText: "Free-text note of this evidence version",
    });
  }
  return items;
}

/** One line for the sheet and the FHIR note, e.g. "Conflicting: Moraska 2015 …: … (Checked against the abstract)". */
export function guidanceLine(g: GuidanceView): string {
  return `${g.kind === "conflicting" ? "Conflicting" : "Qualifying"} — ${g.source}: ${g.text} (${g.checkedText})`;
}

function count(n: number | null, one: string, many: string): string | null {
  return n === null ? null : `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

export function outcomeRowView(row: OutcomeRow, studies: readonly Study[]): OutcomeRowView {
  const byId = new Map(studies.map((s) => [s.id, s]));
  const size = [count(row.studies, "study", "studies"), count(row.participants, "participant", "participants")].filter(
    (p): p is string => p !== null,
  );
  const rater = row.certaintyBy === "review" ? "the review's rating" : "MassageRx rating";
  return {
    kind: row.kind,
    outcome: row.outcome,
    timeFrame: row.timeFrame ?? NOT_REPORTED,
    comparator: `${row.comparator} (${row.comparatorKind})`,
    studiesAndParticipants: size.length > 0 ? size.join(", ") : NOT_REPORTED,
    effect: row.effect ?? NOT_REPORTED,
    mid: row.mid ?? NOT_REPORTED,
    certainty: row.certainty,
    certaintyText: row.certainty ? `${row.certainty} (${rater})` : `${NOT_REPORTED} for this outcome`,
    reasons: row.certaintyReasons,
    sources: row.studyIds
      .map((id) => {
        const study = byId.get(id);
        return study ? studyShortLabel(study) : id;
      })
      .join(", "),
  };
}

/** Benefit rows first, then harms, each in the order the evidence lists them. */
export function outcomeRowsFor(rec: Pick<Recommendation, "outcomeRows">, studies: readonly Study[]): OutcomeRowView[] {
  const rows = rec.outcomeRows.map((r) => outcomeRowView(r, studies));
  return [...rows.filter((r) => r.kind === "benefit"), ...rows.filter((r) => r.kind === "harm")];
}
