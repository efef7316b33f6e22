import type { IntakeInput } from "@/lib/schemas/intake";

/**
 * Which intake a suggestion was made from. A suggestion is only valid for the intake it was computed
 * on: change the complaint from low back pain to fibromyalgia, or tick a safety finding, and the chosen
 * condition, dose and precautions may no longer apply. The suggestion actions return the fingerprint of
 * the intake they read; the save action recomputes it from the intake being stored and refuses a
 * mismatch, and the form blocks Save with the reason as soon as the two differ.
 *
 * Everything the matcher and the safety screen may read counts (text fields included: contraindications
 * are typed as often as ticked); the patient's name, MRN and goals do not, so correcting a typo in a name
 * does not throw the suggestion away.
 */

type SuggestionInputs = Omit<IntakeInput, "patientName" | "mrn" | "goals">;
/** The parsed intake, or the form's raw values (which fingerprint the same; see the property test). */
export type FingerprintInput = { readonly [K in keyof IntakeInput]?: unknown };

function dismissedCodes(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const codes = v.map((d) => (typeof d === "object" && d !== null && "code" in d ? String((d as { code: unknown }).code).trim() : ""));
  return [...new Set(codes.filter((c) => c !== ""))].sort();
}

function canonical(intake: FingerprintInput): string {
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : v === undefined ? null : v);
  // As the schema stores them: trimmed, without repeats; order is not meaningful.
  const sorted = (v: unknown) => (Array.isArray(v) ? [...new Set(v.map((x) => String(x).trim()))].sort() : []);
  const fields: { [K in keyof SuggestionInputs]-?: unknown } = {
    dateOfBirth: text(intake.dateOfBirth),
    sex: text(intake.sex),
    pregnant: intake.pregnant === true,
    pregnancyWeeks: intake.pregnant === true ? (intake.pregnancyWeeks ?? null) : null,
    // Whether Thai massage / deep abdominal work stay on the card depends on it.
    prenatalTrainedTherapist: intake.pregnant === true && intake.prenatalTrainedTherapist === true,
    complaint: text(intake.complaint),
    painLocations: sorted(intake.painLocations),
    duration: text(intake.duration) || null,
    painIntensity: intake.painIntensity ?? null,
    safetyFindings: sorted(intake.safetyFindings),
    // A finding set aside changes the screen; its reason's wording does not, only which codes.
    dismissedFindings: dismissedCodes(intake.dismissedFindings),
    medications: text(intake.medications) || null,
    notes: text(intake.notes) || null,
  };
  return JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((k) => [k, fields[k as keyof SuggestionInputs]]),
  );
}

/** FNV-1a, 2 × 32 bits: a short stable id of the canonical text (not a secret, not a security control). */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The fingerprint of an intake as the suggestion saw it: 16 hex characters. */
export function intakeFingerprint(intake: FingerprintInput): string {
  const text = canonical(intake);
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193);
}

export const STALE_SUGGESTION_MESSAGE =
  "The intake changed after the suggestion was made, so the condition and dose may no longer fit it. Press Suggest again and review the suggestion before saving.";
