import { chosenAsRanges, evidenceTotalSessions, totalSessionsOf, weeklyRate, type ChosenDose, type Dose, type DoseRange } from "./dose";

/**
 * Every sentence that states a dose, for every surface, built from the dose model (dose.ts). A figure
 * the dose leaves open is said to be open; nothing is rounded, collapsed to a range's end or guessed.
 */

export const NOT_ESTABLISHED = "not established by the evidence";
/** A figure the referral leaves open (evidence silent, or the clinician left it to the therapist). */
export const OPEN_IN_REFERRAL = "not set in this referral";

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

/** "once a week", "twice a week", "3 times every 2 weeks" — from the same whole-number rate as FHIR. */
export function rateWords(perWeek: number): string {
  const rate = weeklyRate(perWeek);
  if (!rate) return `${perWeek} times a week`;
  const times = rate.sessions === 1 ? "once" : rate.sessions === 2 ? "twice" : `${rate.sessions} times`;
  return rate.everyWeeks === 1 ? `${times} a week` : `${times} every ${rate.everyWeeks} weeks`;
}

function frequencyWords(range: NonNullable<DoseRange>): string {
  return isSingle(range) ? rateWords(range.min) : `${range.min} to ${range.max} times a week`;
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

/** One session with no frequency or course: "A single session" (a course of 1 still says its figures). */
function isOneOff(total: DoseRange, perWeek: DoseRange | number | null, weeks: DoseRange | number | null): boolean {
  return total !== null && total.min === 1 && total.max === 1 && perWeek === null && weeks === null;
}

/**
 * The dose in prescription words, e.g. "60-minute sessions, once a week, for 8 weeks (8 sessions)".
 * Each missing figure is named as not established by the evidence instead of being guessed.
 */
export function formatDoseLine(dose: Dose, open: string = NOT_ESTABLISHED): string {
  const total = evidenceTotalSessions(dose);
  const minutes = dose.minutesPerSession;

  // A one-off dose (exercise soreness) has no frequency or course to speak of.
  if (isOneOff(total, dose.sessionsPerWeek, dose.weeks)) {
    return minutes === null ? `A single session; session length ${open}` : `A single ${minutesWords(minutes)} session`;
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
  if (unknown.length > 0) line += `${line ? "; " : ""}${joinAnd(unknown)} ${open}`;
  return capitalise(line);
}

/**
 * A clinician's chosen dose in the same words, with the total worked out from frequency × weeks. Open
 * figures are "not set" (the clinician left them to the therapist), not "not established".
 */
export function formatChosenDoseLine(dose: ChosenDose): string {
  return formatDoseLine(chosenAsRanges(dose), OPEN_IN_REFERRAL);
}

/** One compact line for the evidence list: "Swedish massage · 60 min, 1/week, 8 weeks (8 sessions)". */
export function formatDoseOneLine(rec: Dose & { modality: string }): string {
  const total = evidenceTotalSessions(rec);
  const parts = [
    rec.minutesPerSession === null ? "session length not established" : `${formatRangeValue(rec.minutesPerSession)} min`,
    rec.sessionsPerWeek === null ? "frequency not established" : `${formatRangeValue(rec.sessionsPerWeek)}/week`,
    rec.weeks === null ? "course length not established" : formatRange(rec.weeks, "week"),
  ];
  const totalText = total === null ? "" : ` (${formatRange(total, "session")})`;
  return `${rec.modality} · ${parts.join(", ")}${totalText}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The patient copy's "How often" and "For how long" lines, in plain words, from the same figures. */
export function patientDoseLines(dose: ChosenDose): { howOften: string[]; howLong: string[] } {
  const total = totalSessionsOf(dose);
  const oneOff = isOneOff(total === null ? null : { min: total, max: total }, dose.sessionsPerWeek, dose.weeks);
  const howOften: string[] = [];
  if (oneOff) howOften.push("One session.");
  else if (dose.sessionsPerWeek === null) howOften.push("Your clinician did not set how often; agree it with your therapist.");
  else howOften.push(`${capitalise(rateWords(dose.sessionsPerWeek))}.`);
  howOften.push(
    dose.minutesPerSession === null
      ? "Your clinician did not set a session length; agree it with your therapist."
      : `Each session lasts about ${plural(dose.minutesPerSession, "minute")}.`,
  );

  const howLong: string[] = [];
  if (dose.weeks !== null) howLong.push(`For ${plural(dose.weeks, "week")}.`);
  if (total !== null && !oneOff) howLong.push(`${plural(total, "session")} in all.`);
  if (howLong.length === 0 && !oneOff) howLong.push("Your clinician did not set how long; ask at your next visit.");
  return { howOften, howLong };
}
