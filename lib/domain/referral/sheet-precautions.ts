/**
 * The precautions of a referral sheet, each printed once, and what a clinician's override of the safety
 * screen means on paper.
 *
 * The suggestion card lists every applicable safety line under `precautions` ("Change technique — Bleeding
 * risk: …") and again, shorter, under `techniqueChanges` / `areasToAvoid`; the sheet keeps the grouped
 * line and drops its repeat from the general list.
 *
 * Overriding a defer-level finding (or an emergency red flag) means one thing: the referring clinician
 * has assessed that finding, judges massage appropriate now, and records why. A referral so made does not
 * print the screen's "do not refer now" advice as an instruction under its own prescription; it names
 * each overridden finding, what the screen advised, and the clinician's reason, under "Safety screen
 * overridden by the referring clinician". A draft is not a referral yet, so it prints the advice as is.
 */

/**
 * What the screen advises instead of a referral, in one wording for the intake's banner and the sheet:
 * an emergency finding is always "emergency" (same-day emergency assessment), a defer finding is "do not
 * refer now" (assess first). "Urgent" belongs to neither, so the two can never be told apart wrongly.
 */
export const EMERGENCY_ADVICE = "emergency medical assessment today, instead of referral";
export const DEFER_ADVICE = "do not refer now; the finding needs medical assessment first";

/** The prefixes safetyLine() gives defer-level and emergency items (lib/domain/referral/safety-screen.ts). */
export const DEFER_PREFIX = "Do not refer now — ";
export const EMERGENCY_PREFIX = "Emergency: do not refer — ";
const EMERGENCY_LABEL = /^emergency/i;
const BUILT_IN_EMERGENCY_LABEL = /^emergency red flag: /i;

function isStopLine(line: string): boolean {
  return line.startsWith(DEFER_PREFIX) || line.startsWith(EMERGENCY_PREFIX);
}

function core(line: string): string {
  return line.trim().replace(/\.$/, "");
}

/** The card's general precautions without the lines repeated under technique changes or areas to avoid. */
export function precautionsPrintedOnce(precautions: readonly string[], grouped: readonly string[]): string[] {
  const groupedCores = grouped.map(core).filter((g) => g.length > 0);
  const seen = new Set<string>();
  return precautions.filter((line) => {
    if (seen.has(line) || groupedCores.some((g) => line.includes(g))) return false;
    seen.add(line);
    return true;
  });
}

/** The finding named in a defer line: "Do not refer now — Deep vein thrombosis: …" → "Deep vein thrombosis". */
export function deferredFindingOf(line: string): string {
  if (line.startsWith(EMERGENCY_PREFIX)) {
    // Named "Emergency: <finding>" so the sheet calls it an emergency, as the screen did. A built-in stop's
    // label is "Emergency red flag: <finding>": the finding is its second part, not the words "red flag".
    const rest = line.slice(EMERGENCY_PREFIX.length).replace(BUILT_IN_EMERGENCY_LABEL, "");
    return `Emergency: ${rest.split(": ")[0] ?? rest}`;
  }
  const rest = line.slice(DEFER_PREFIX.length);
  const builtIn = EMERGENCY_LABEL.exec(rest);
  // Built-in stops read "Emergency red flag: Cauda equina syndrome: …": the finding has two parts.
  const parts = rest.split(": ");
  return builtIn ? parts.slice(0, 2).join(": ") : (parts[0] ?? rest);
}

export interface SafetyOverrideText {
  title: string;
  reason: string;
}

/** What the sheet says about the findings a clinician overrode, in the screen's own severity words. */
export function safetyOverrideText(findings: readonly string[]): SafetyOverrideText {
  const emergencies = findings.filter((f) => EMERGENCY_LABEL.test(f));
  const others = findings.filter((f) => !EMERGENCY_LABEL.test(f));
  const parts: string[] = [];
  if (emergencies.length > 0) {
    parts.push(`found ${emergencies.join("; ")} and advised ${EMERGENCY_ADVICE}`);
  }
  if (others.length > 0) parts.push(`advised not to refer now because of ${others.join("; ")}`);
  const said = parts.length > 0 ? `The safety screen ${parts.join(", and ")}.` : "The safety screen advised not to refer now.";
  return {
    title: "Safety screen overridden by the referring clinician",
    reason: `${said} The referring clinician assessed this and judges massage appropriate now`,
  };
}

export interface SheetPrecautions {
  precautions: string[];
  /** Findings the clinician overrode (empty when there was no override, or on a draft). */
  overridden: string[];
}

/** Precautions to print, given whether a safety override stands on this (non-draft) referral. */
export function sheetPrecautions(args: {
  precautions: readonly string[];
  grouped: readonly string[];
  safetyOverridden: boolean;
}): SheetPrecautions {
  const once = precautionsPrintedOnce(args.precautions, args.grouped);
  if (!args.safetyOverridden) return { precautions: once, overridden: [] };
  return {
    precautions: once.filter((line) => !isStopLine(line)),
    overridden: once.filter(isStopLine).map(deferredFindingOf),
  };
}
