import type { IntakeInput } from "@/lib/schemas/intake";
import type { SafetyRule } from "@/lib/schemas/evidence";
import { ageFromDob } from "@/lib/domain/labels/intake";
import type { AgeSignal } from "@/lib/domain/safety/patient-signals";
import { findMentions, scanText } from "@/lib/domain/safety/text-scan";
import { screenSafety, type SafetyScreen } from "./safety-screen";
import type { SuggestionCard } from "./suggest";

/**
 * Who the patient is, as far as the evidence is concerned: the seeded studies are adult, non-pregnant
 * populations. A child gets no adult dose; a pregnant patient's card says the studies were not done in
 * pregnancy. The safety screen reads the intake's complaint, medications and notes as well as the ticks.
 */

export const CHILD_DOSE_LINE = "No evidence for children in this evidence base: no adult dose is suggested";
export const CHILD_WARNING =
  "The patient is under 18. Every study in this evidence base was done in adults, so no dose is suggested: any plan is your own clinical decision.";
export const PREGNANCY_WARNING =
  "The patient is pregnant. The studies behind this suggestion were not done in pregnancy. Modalities that need a prenatal-trained therapist (e.g. Thai massage, deep abdominal work) are left out unless the therapist is prenatal-trained.";
export const PREGNANCY_WARNING_PRENATAL_TRAINED =
  "The patient is pregnant. The studies behind this suggestion were not done in pregnancy. You stated that the therapist is prenatal-trained, so modalities that need that training (e.g. Thai massage, deep abdominal work) are kept: send this referral only to a prenatal-trained therapist.";
/** Marks a kept modality on every surface that prints it (sheet, PDF, FHIR), so the therapist reads the condition with it. */
export const PRENATAL_TRAINED_ONLY = "for a prenatal-trained therapist only: the patient is pregnant";

/** Techniques that need a prenatal-trained therapist in pregnancy (the pregnancy safety rule's instruction). */
const NEEDS_PRENATAL_TRAINING = /\b(thai|abdominal)\b/i;

export function leftOutForPregnancy(clauses: readonly string[]): string {
  return `Left out because the patient is pregnant and needs a prenatal-trained therapist for it: ${clauses.join("; ")}.`;
}

export function intakeAge(intake: Pick<IntakeInput, "dateOfBirth">, today: Date): AgeSignal | null {
  const years = intake.dateOfBirth ? ageFromDob(intake.dateOfBirth, today) : null;
  return years === null ? null : { years, from: "date of birth" };
}

export function screenIntake(
  rules: readonly SafetyRule[],
  intake: IntakeInput & { dismissedFindings?: { code: string; reason: string }[] },
  implied: readonly { code: string; why: string }[],
  age: AgeSignal | null,
): SafetyScreen {
  return screenSafety({
    rules,
    findings: intake.safetyFindings,
    dismissed: intake.dismissedFindings,
    complaint: intake.complaint,
    medications: intake.medications,
    notes: intake.notes,
    age,
    pregnant: intake.pregnant,
    pregnancyWeeks: intake.pregnancyWeeks,
    male: intake.sex === "male",
    implied,
  });
}

/**
 * The card as this patient may see it: no adult dose for a child; for a pregnant patient, the statement
 * that the studies were not done in pregnancy, and the modality's clauses that need a prenatal-trained
 * therapist left out (each named) unless the referrer states the therapist is prenatal-trained, in which
 * case they stay, marked for a prenatal-trained therapist only.
 */
export function gateCardForPatient(
  card: SuggestionCard,
  safety: SafetyScreen,
  options: { prenatalTrainedTherapist?: boolean } = {},
): SuggestionCard {
  let gated = card;
  if (safety.child) {
    gated = {
      ...gated,
      recommendationId: null,
      dose: { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null },
      notEstablished: ["minutesPerSession", "sessionsPerWeek", "weeks", "totalSessions"],
      doseLine: CHILD_DOSE_LINE,
      doseSummary: null,
      warnings: [CHILD_WARNING, ...gated.warnings],
    };
  }
  if (safety.pregnancy) gated = gateForPregnancy(gated, options.prenatalTrainedTherapist === true);
  return gated;
}

function gateForPregnancy(card: SuggestionCard, prenatalTrained: boolean): SuggestionCard {
  // A modality reads as clauses ("Massage; acupressure-style may be preferred; Thai massage similar to
  // Swedish"): only the clauses naming a technique that needs prenatal training go, the rest stays.
  const clauses = (card.modality ?? "").split(/\s*;\s*/).filter((c) => c !== "");
  const needTraining = clauses.filter((c) => NEEDS_PRENATAL_TRAINING.test(c));
  if (prenatalTrained) {
    const modality = needTraining.length > 0 ? `${card.modality} (${PRENATAL_TRAINED_ONLY})` : card.modality;
    return { ...card, modality, warnings: [PREGNANCY_WARNING_PRENATAL_TRAINED, ...card.warnings] };
  }
  const kept = clauses.filter((c) => !NEEDS_PRENATAL_TRAINING.test(c));
  return {
    ...card,
    modality: needTraining.length === 0 ? card.modality : kept.length > 0 ? kept.join("; ") : null,
    warnings: [PREGNANCY_WARNING, ...(needTraining.length > 0 ? [leftOutForPregnancy(needTraining)] : []), ...card.warnings],
  };
}

/** Juvenile idiopathic arthritis (and its older names and subtypes) is an inflammatory arthritis of childhood, never osteoarthritis. */
const JUVENILE_ARTHRITIS = [
  "juvenile (idiopathic|rheumatoid|chronic|oligoarticular|pauciarticular|polyarticular|) arthritis",
  "jia",
  "jra",
  "(oligoarticular|pauciarticular) arthritis",
];

/** Condition slugs the complaint rules out whatever the matcher says: osteoarthritis when the text names juvenile arthritis. */
export function ruledOutConditions(intake: Pick<IntakeInput, "complaint" | "notes">, slugs: readonly string[]): Set<string> {
  const texts = [scanText("complaint", intake.complaint), scanText("notes", intake.notes)];
  const juvenile = texts.some((t) => findMentions(t, JUVENILE_ARTHRITIS).some((m) => m.status === "affirmed"));
  return new Set(juvenile ? slugs.filter((s) => s.endsWith("osteoarthritis")) : []);
}
