/**
 * The closed loop's fixed vocabularies: what a therapist picks when logging a session, the outcome
 * instruments' ranges and wording, adverse-event severity. Shared by the zod schemas, the forms and the
 * outcome arithmetic (lib/domain/outcomes), so a label never differs between surfaces.
 */

export const pressureLevels = ["light", "moderate", "firm", "deep"] as const;
export type Pressure = (typeof pressureLevels)[number];

export const toleranceLevels = ["well", "fair", "poorly"] as const;
export type Tolerance = (typeof toleranceLevels)[number];
export const toleranceLabels: Record<Tolerance, string> = {
  well: "Tolerated well",
  fair: "Tolerated with some discomfort",
  poorly: "Tolerated poorly",
};

/** Mild / moderate / severe, as in CTCAE grades 1-3 (a life-threatening event is an emergency, not a log entry). */
export const adverseSeverities = ["mild", "moderate", "severe"] as const;
export type AdverseSeverity = (typeof adverseSeverities)[number];
export const adverseSeverityLabels: Record<AdverseSeverity, string> = {
  mild: "Mild — transient, no change to treatment needed",
  moderate: "Moderate — limits activity or needs treatment",
  severe: "Severe — medically significant",
};

/** Moderate or worse reaches the referring clinician at once (header badge, and email when SMTP is set). */
export function notifiesClinician(severity: AdverseSeverity): boolean {
  return severity !== "mild";
}

export const scoreTimepoints = ["first", "interim", "final"] as const;
export type ScoreTimepoint = (typeof scoreTimepoints)[number];
export const scoreTimepointLabels: Record<ScoreTimepoint, string> = {
  first: "At the first session (baseline)",
  interim: "Along the way",
  final: "At the end of the course",
};

/** Pain numeric rating scale and each PEG-3 item (Krebs et al., J Gen Intern Med 2009): 0-10. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

/**
 * Patient Global Impression of Change, 7 points (Guy 1976, ECDEU; as used by Farrar 2001):
 * 1 very much improved … 4 no change … 7 very much worse. Not asked at baseline: there is no change yet.
 */
export const pgicLabels: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string> = {
  1: "Very much improved",
  2: "Much improved",
  3: "Minimally improved",
  4: "No change",
  5: "Minimally worse",
  6: "Much worse",
  7: "Very much worse",
};
export const PGIC_MIN = 1;
export const PGIC_MAX = 7;
