import type { Certainty, DoseRange, Recommendation, Strength } from "@/lib/schemas/evidence";

/** The structured dose of a recommendation (or a clinician's adjusted dose). null = not established. */
export interface Dose {
  minutesPerSession: DoseRange;
  sessionsPerWeek: DoseRange;
  weeks: DoseRange;
  totalSessions: DoseRange;
}

const NOT_ESTABLISHED = "not established by the evidence";

function isSingle(range: NonNullable<DoseRange>): boolean {
  return range.min === range.max;
}

/** "60", "2-3", or "not established" — the compact form used in lists and change history. */
export function formatRangeValue(range: DoseRange): string {
  if (range === null) return "not established";
  return isSingle(range) ? String(range.min) : `${range.min}-${range.max}`;
}

/**
 * "8 weeks", "2 to 3 sessions", "1 week"; unit is the singular word. A null range says plainly that
 * the evidence does not establish it, so no figure is ever made up to fill the gap.
 */
export function formatRange(range: DoseRange, unit: string): string {
  if (range === null) return `${unit} ${NOT_ESTABLISHED}`;
  const plural = range.max === 1 ? unit : `${unit}s`;
  return isSingle(range) ? `${range.min} ${plural}` : `${range.min} to ${range.max} ${plural}`;
}

function frequencyWords(range: NonNullable<DoseRange>): string {
  if (isSingle(range)) {
    if (range.min === 1) return "once a week";
    if (range.min === 2) return "twice a week";
    return `${range.min} times a week`;
  }
  return `${range.min} to ${range.max} times a week`;
}

function minutesWords(range: NonNullable<DoseRange>): string {
  return isSingle(range) ? `${range.min}-minute` : `${range.min}- to ${range.max}-minute`;
}

/** "a, b and c" */
function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Total sessions: as given, else sessions per week × weeks (plain arithmetic on the stated figures),
 * else null. A given total wins because the reference's total can differ from the product
 * (fibromyalgia: 15 sessions over 10 weeks at about 1-2 a week).
 */
export function totalSessionsFor(dose: Dose): DoseRange {
  if (dose.totalSessions !== null) return dose.totalSessions;
  if (dose.sessionsPerWeek === null || dose.weeks === null) return null;
  return {
    min: dose.sessionsPerWeek.min * dose.weeks.min,
    max: dose.sessionsPerWeek.max * dose.weeks.max,
  };
}

/**
 * The dose in prescription words, e.g. "60-minute sessions, once a week, for 8 weeks (8 sessions)".
 * Each missing figure is named as not established by the evidence instead of being guessed.
 */
export function formatDoseLine(dose: Dose): string {
  const total = totalSessionsFor(dose);
  const minutes = dose.minutesPerSession;

  // A one-off dose (exercise soreness) has no frequency or course to speak of.
  if (total !== null && total.min === 1 && total.max === 1) {
    return minutes === null
      ? `A single session; session length ${NOT_ESTABLISHED}`
      : `A single ${minutesWords(minutes)} session`;
  }

  const known: string[] = [];
  const unknown: string[] = [];
  if (minutes === null) unknown.push("session length");
  else known.push(`${minutesWords(minutes)} sessions`);
  if (dose.sessionsPerWeek === null) unknown.push("frequency");
  else known.push(frequencyWords(dose.sessionsPerWeek));
  if (dose.weeks === null) unknown.push("course length");
  else known.push(`for ${formatRange(dose.weeks, "week")}`);

  let line = known.join(", ");
  if (total !== null) line += `${line ? " " : ""}(${formatRange(total, "session")})`;
  if (unknown.length > 0) line += `${line ? "; " : ""}${joinAnd(unknown)} ${NOT_ESTABLISHED}`;
  return capitalise(line);
}

/** One compact line for the evidence list: "Swedish massage · 60 min, 1/week, 8 weeks (8 sessions)". */
export function formatDoseOneLine(
  rec: Pick<Recommendation, "modality" | "minutesPerSession" | "sessionsPerWeek" | "weeks" | "totalSessions">,
): string {
  const total = totalSessionsFor(rec);
  const parts = [
    rec.minutesPerSession === null ? "session length not established" : `${formatRangeValue(rec.minutesPerSession)} min`,
    rec.sessionsPerWeek === null ? "frequency not established" : `${formatRangeValue(rec.sessionsPerWeek)}/week`,
    rec.weeks === null ? "course length not established" : formatRange(rec.weeks, "week"),
  ];
  const totalText = total === null ? "" : ` (${formatRange(total, "session")})`;
  return `${rec.modality} · ${parts.join(", ")}${totalText}`;
}

/** CPT 97124 (massage therapy) is a timed code billed "each 15 minutes". */
const CPT_UNIT_MINUTES = 15;
/** CMS 8-minute rule: a final partial unit counts only when at least 8 minutes (over half) of it were given. */
const CPT_PARTIAL_UNIT_THRESHOLD = 8;

/**
 * Billable CPT 97124 units for one session of a single timed service: whole 15-minute units plus one
 * more when the remainder is 8 minutes or more (CMS 8-minute rule), so 60 min → 4, 20 min → 1,
 * 23 min → 2 and under 8 min → 0. Source: reference "Codes for the referral itself"; CMS rule.
 */
export function cptUnitsPerSession(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Session length must be a non-negative number of minutes, got ${minutes}`);
  }
  const whole = Math.floor(minutes / CPT_UNIT_MINUTES);
  const remainder = minutes - whole * CPT_UNIT_MINUTES;
  return whole + (remainder >= CPT_PARTIAL_UNIT_THRESHOLD ? 1 : 0);
}

/**
 * Certainty and strength are MassageRx's own editorial ratings in GRADE words, not a guideline panel's
 * (clinical review, 2026-12-01): every surface labels them so.
 */
export const EVIDENCE_RATING_LABEL = "MassageRx evidence rating";

/** GRADE certainty in plain words (GRADE Handbook wording, lightly simplified). */
export function certaintyMeaning(certainty: Certainty): string {
  switch (certainty) {
    case "high":
      return "We are very confident that the true effect lies close to the estimate.";
    case "moderate":
      return "The true effect is probably close to the estimate, but may be substantially different.";
    case "low":
      return "The true effect may be substantially different from the estimate.";
    case "very low":
      return "The true effect is likely to be substantially different from the estimate.";
  }
}

/** GRADE strength of recommendation in plain words. */
export function strengthMeaning(strength: Strength): string {
  switch (strength) {
    case "strong":
      return "Most patients would want this, and the benefits clearly outweigh the harms and burdens.";
    case "conditional":
      return "Many patients would want this but some would not; decide with the patient, weighing their values and circumstances.";
  }
}
