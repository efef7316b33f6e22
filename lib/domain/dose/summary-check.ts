import type { Dose, DoseRange } from "./dose";

/**
 * Whether a recommendation's dose "in the reference's own words" still states the figures of its
 * structured dose. When an admin changes the figures (30 → 45 min) and leaves the words alone, a sheet
 * would print 45 min beside "evidence: 30 min"; this finds the figures the words state (minutes,
 * weeks, sessions) and names each one outside the structured range, so the card and the sheet can say
 * which one was changed instead of quoting stale words as support.
 */

const PATTERNS: { field: keyof Dose; unit: string; pattern: RegExp }[] = [
  {
    field: "minutesPerSession",
    unit: "min per session",
    pattern: /(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*(?:-\s*)?min(?:ute)?s?\b/gi,
  },
  { field: "weeks", unit: "weeks", pattern: /(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*weeks?\b/gi },
  { field: "totalSessions", unit: "sessions", pattern: /(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*sessions?\b/gi },
];

function inside(range: DoseRange, n: number): boolean {
  return range !== null && n >= range.min && n <= range.max;
}

/** e.g. ["the words give 30 min per session; the dose gives 45"]; [] when they agree. */
export function doseSummaryConflicts(dose: Dose, summary: string | null): string[] {
  if (!summary) return [];
  const out: string[] = [];
  for (const { field, unit, pattern } of PATTERNS) {
    const range = dose[field];
    for (const match of summary.matchAll(pattern)) {
      const figures = [Number(match[1]), ...(match[2] ? [Number(match[2])] : [])];
      if (figures.some((n) => inside(range, n))) continue;
      const said = figures.join("-");
      const now = range === null ? "not established" : range.min === range.max ? String(range.min) : `${range.min}-${range.max}`;
      out.push(`the words give ${said} ${unit}; the dose gives ${now}`);
    }
  }
  return [...new Set(out)];
}

/** One sentence for the card and the sheet, or null when the words and the figures agree. */
export function doseSummaryWarning(dose: Dose, summary: string | null): string | null {
  const conflicts = doseSummaryConflicts(dose, summary);
  if (conflicts.length === 0) return null;
  return (
    `The reference's own words no longer match this dose (${conflicts.join("; ")}): the figures were changed after ` +
    "the words were written. Check the evidence page before relying on either."
  );
}
