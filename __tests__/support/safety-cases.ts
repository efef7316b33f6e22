/**
 * The safety case table (__tests__/fixtures/safety-cases.jsonl): intakes in `npm run suggest`'s input
 * format, each with the outcome and rule codes a clinician expects. Written with the rules, so passing it
 * is a regression check, not a measure of accuracy (a held-out set, not given to us, judges that).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface SafetyCase {
  id: string;
  complaint: string;
  expect: { outcome: "clear" | "precautions" | "defer" | "emergency"; codes: string[]; condition?: string | null };
  [field: string]: unknown;
}

export const SAFETY_CASES_FILE = path.join(__dirname, "..", "fixtures", "safety-cases.jsonl");

export function loadSafetyCases(): SafetyCase[] {
  return readFileSync(SAFETY_CASES_FILE, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SafetyCase);
}

/** The fixed "today" the table's dates of birth are read against. */
export const CASES_TODAY = new Date("2026-12-01T12:00:00Z");

export interface SuggestOutput {
  id: string;
  condition: string | null;
  dose: unknown;
  safety: { outcome: string; rules: { code: string; severity: string; trigger: string }[] };
}

export function actualOf(out: SuggestOutput) {
  return {
    outcome: out.safety.outcome,
    codes: out.safety.rules.map((r) => r.code).sort(),
    condition: out.condition,
  };
}

export function expectedOf(c: SafetyCase, actualCondition: string | null) {
  return {
    outcome: c.expect.outcome,
    codes: [...c.expect.codes].sort(),
    condition: c.expect.condition === undefined ? actualCondition : c.expect.condition,
  };
}
