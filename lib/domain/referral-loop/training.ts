/**
 * Which therapists to offer first when a referral is sent: those trained for this patient's precautions.
 * Pure. The fit is by the safety rules that applied to the referral (prisma/evidence/safety-rules-seed.ts
 * codes), because that is what the therapist must act on: oncology massage for active cancer and its
 * treatment (Society for Oncology Massage guidance), prenatal training in pregnancy, manual lymphatic
 * drainage training for lymphedema, geriatric training for fragile skin and bone. It orders a list and
 * hides nobody; it blocks a therapist only for a training the referral itself requires (a pregnant
 * patient's referral that keeps modalities needing a prenatal-trained therapist) — otherwise the
 * clinician chooses.
 */

export const trainingTags = [
  "oncology",
  "prenatal",
  "lymphedema",
  "geriatric",
  "pediatric",
  "palliative",
  "sports",
  "orthopedic",
  "trauma-informed",
] as const;
export type TrainingTag = (typeof trainingTags)[number];

export const trainingLabels: Record<TrainingTag, string> = {
  oncology: "Oncology massage",
  prenatal: "Prenatal / pregnancy massage",
  lymphedema: "Lymphedema (manual lymphatic drainage)",
  geriatric: "Geriatric massage",
  pediatric: "Pediatric massage",
  palliative: "Palliative / hospice care",
  sports: "Sports massage",
  orthopedic: "Orthopedic / clinical massage",
  "trauma-informed": "Trauma-informed care",
};

/** Safety rule code → the training it calls for, and the words shown as the reason. */
const trainingForRule: Record<string, { training: TrainingTag; because: string }> = {
  cancer: { training: "oncology", because: "active cancer" },
  chemotherapy: { training: "oncology", because: "chemotherapy" },
  "bone-metastases": { training: "oncology", because: "bone metastases" },
  neutropenia: { training: "oncology", because: "neutropenia" },
  lymphedema: { training: "lymphedema", because: "lymphedema" },
  pregnancy: { training: "prenatal", because: "pregnancy" },
  "high-risk-pregnancy": { training: "prenatal", because: "high-risk pregnancy" },
  osteoporosis: { training: "geriatric", because: "osteoporosis" },
  "fragile-skin": { training: "geriatric", because: "fragile skin" },
  "anterior-neck-older-adult": { training: "geriatric", because: "older adult (anterior neck)" },
  child: { training: "pediatric", because: "a child or adolescent" },
};

export interface TrainingNeed {
  training: TrainingTag;
  /** The precautions behind it, in the order found: "active cancer", "chemotherapy". */
  because: string[];
}

/** The trainings this referral's precautions call for, one entry per training. */
export function trainingNeeds(ruleCodes: readonly string[]): TrainingNeed[] {
  const needs: TrainingNeed[] = [];
  for (const code of ruleCodes) {
    const fit = trainingForRule[code];
    if (!fit) continue;
    const existing = needs.find((n) => n.training === fit.training);
    if (!existing) needs.push({ training: fit.training, because: [fit.because] });
    else if (!existing.because.includes(fit.because)) existing.because.push(fit.because);
  }
  return needs;
}

export interface RankableTherapist {
  id: string;
  name: string;
  training: readonly string[];
  acceptingNewPatients: boolean;
}

export interface RankedTherapist<T extends RankableTherapist> {
  therapist: T;
  /** The needs this therapist's training meets. */
  fits: TrainingNeed[];
  /** The needs it does not meet (shown, so the clinician sees what is missing). */
  gaps: TrainingNeed[];
  /** "Oncology massage: active cancer, chemotherapy" per fit; null when nothing fits. */
  reason: string | null;
  /** Why this therapist may not be chosen for this referral (a required training missing); null = may be chosen. */
  unavailable: string | null;
}

/** What the referral demands of the therapist, beyond what it prefers. */
export interface RequiredTraining {
  training: TrainingTag;
  /** Said after "Not … trained:", e.g. "this referral keeps modalities that need a prenatal-trained therapist". */
  because: string;
}

/**
 * The trainings a therapist must have to take this referral. Pregnancy alone ranks prenatal-trained
 * therapists first; only when the clinician kept modalities that the pregnancy safety rule reserves for a
 * prenatal-trained therapist (the intake's `prenatalTrainedTherapist`, set for pregnant patients only)
 * does it become a requirement.
 */
export function requiredTrainings(intake: { pregnant: boolean; prenatalTrainedTherapist?: boolean }): RequiredTraining[] {
  if (intake.pregnant && intake.prenatalTrainedTherapist === true) {
    return [{ training: "prenatal", because: "this pregnant patient's referral keeps modalities that need a prenatal-trained therapist" }];
  }
  return [];
}

function unavailableReason(training: readonly string[], required: readonly RequiredTraining[]): string | null {
  const missing = required.filter((r) => !training.includes(r.training));
  if (missing.length === 0) return null;
  return missing.map((r) => `Not ${r.training}-trained: ${r.because}`).join("; ");
}

/**
 * Therapists ordered for this referral: those who may take it first (every required training), then most
 * needs met, then those accepting new patients, then by name. Every therapist given is returned (none
 * dropped), each with why it is where it is and, when a required training is missing, why it cannot be chosen.
 */
export function rankTherapists<T extends RankableTherapist>(
  therapists: readonly T[],
  needs: readonly TrainingNeed[],
  required: readonly RequiredTraining[] = [],
): RankedTherapist<T>[] {
  const ranked = therapists.map((therapist) => {
    const fits = needs.filter((n) => therapist.training.includes(n.training));
    const gaps = needs.filter((n) => !therapist.training.includes(n.training));
    const reason = fits.length === 0 ? null : fits.map(fitReason).join("; ");
    return { therapist, fits, gaps, reason, unavailable: unavailableReason(therapist.training, required) };
  });
  return ranked.sort(
    (a, b) =>
      Number(a.unavailable !== null) - Number(b.unavailable !== null) ||
      b.fits.length - a.fits.length ||
      Number(b.therapist.acceptingNewPatients) - Number(a.therapist.acceptingNewPatients) ||
      a.therapist.name.localeCompare(b.therapist.name) ||
      a.therapist.id.localeCompare(b.therapist.id),
  );
}

function fitReason(need: TrainingNeed): string {
  return `${trainingLabels[need.training]} training: ${need.because.join(", ")}`;
}
