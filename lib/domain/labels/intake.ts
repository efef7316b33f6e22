/**
 * The zod-free half of lib/schemas/intake.ts (kept in the domain layer so domain code may use it): sex and body-region labels and date-of-birth arithmetic.
 * Client components import this so that showing a label does not load zod; lib/schemas/intake.ts
 * re-exports it for the schema and the server.
 */

export const sexValues = ["female", "male", "intersex", "unknown"] as const;
export type Sex = (typeof sexValues)[number];
export const sexLabels: Record<Sex, string> = {
  female: "Female",
  male: "Male",
  intersex: "Intersex",
  unknown: "Unknown / not stated",
};

/** Checklist of body regions for pain location; the form may add free-text locations as well. */
export const bodyRegions = [
  { value: "head", label: "Head" },
  { value: "jaw-face", label: "Jaw or face" },
  { value: "neck", label: "Neck" },
  { value: "shoulders", label: "Shoulders" },
  { value: "upper-back", label: "Upper back" },
  { value: "lower-back", label: "Lower back" },
  { value: "chest", label: "Chest" },
  { value: "abdomen", label: "Abdomen" },
  { value: "arms", label: "Arms" },
  { value: "hands-wrists", label: "Hands or wrists" },
  { value: "hips-buttocks", label: "Hips or buttocks" },
  { value: "thighs", label: "Thighs" },
  { value: "knees", label: "Knees" },
  { value: "calves-shins", label: "Calves or shins" },
  { value: "feet-ankles", label: "Feet or ankles" },
  { value: "widespread", label: "Widespread / whole body" },
] as const;
export type BodyRegion = (typeof bodyRegions)[number]["value"];

const regionLabels = new Map<string, string>(bodyRegions.map((r) => [r.value, r.label]));

export function isBodyRegion(value: string): value is BodyRegion {
  return regionLabels.has(value);
}

/** Label for a pain location: the checklist label for a region value, the clinician's words otherwise. */
export function painLocationLabel(value: string): string {
  return regionLabels.get(value) ?? value;
}

export const MAX_AGE_YEARS = 120;
const DOB_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** { y, m, d } of a real YYYY-MM-DD date; null otherwise. */
export function parseIsoDate(value: string): { y: number; m: number; d: number } | null {
  const parts = DOB_PATTERN.exec(value);
  if (!parts) return null;
  const y = Number(parts[1]);
  const m = Number(parts[2]);
  const d = Number(parts[3]);
  // Round-trip through Date.UTC to refuse 2023-02-30 and friends.
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return { y, m, d };
}

/**
 * Age in completed years on `now`'s UTC calendar date; null when `dob` is not a real YYYY-MM-DD date.
 * A 29 February birthday counts from 1 March in common years.
 */
export function ageFromDob(dob: string, now: Date): number | null {
  const birth = parseIsoDate(dob);
  if (!birth) return null;
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const d = now.getUTCDate();
  const hadBirthday = m > birth.m || (m === birth.m && d >= birth.d);
  return y - birth.y - (hadBirthday ? 0 : 1);
}
