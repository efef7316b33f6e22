/**
 * Which therapists to offer first when a referral is sent: those trained for this patient's precautions.
 * Pure. The fit is by the safety rules that applied to the referral (prisma/evidence/safety-rules-seed.ts
 * codes), because that is what the therapist must act on: oncology massage for active cancer and its
 * treatment (Society for Oncology Massage guidance), prenatal training in pregnancy, manual lymphatic
 * drainage training for lymphedema, geriatric training for fragile skin and bone. It orders a list; it
 * never hides or blocks a therapist — the clinician chooses.
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
}

/**
 * Therapists ordered for this referral: most needs met first, then those accepting new patients, then by
 * name. Every therapist given is returned (none dropped), each with why it is where it is.
 */
export function rankTherapists<T extends RankableTherapist>(
  therapists: readonly T[],
  needs: readonly TrainingNeed[],
): RankedTherapist<T>[] {
  const ranked = therapists.map((therapist) => {
    const fits = needs.filter((n) => therapist.training.includes(n.training));
    const gaps = needs.filter((n) => !therapist.training.includes(n.training));
    return { therapist, fits, gaps, reason: fits.length === 0 ? null : fits.map(fitReason).join("; ") };
  });
  return ranked.sort(
    (a, b) =>
      b.fits.length - a.fits.length ||
      Number(b.therapist.acceptingNewPatients) - Number(a.therapist.acceptingNewPatients) ||
      a.therapist.name.localeCompare(b.therapist.name) ||
      a.therapist.id.localeCompare(b.therapist.id),
  );
}

function fitReason(need: TrainingNeed): string {
  return `${trainingLabels[need.training]} training: ${need.because.join(", ")}`;
}
