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

/** The card as this patient may see it: no adult dose for a child; the pregnancy statement for a pregnant patient. */
export function gateCardForPatient(card: SuggestionCard, safety: SafetyScreen): SuggestionCard {
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
  if (safety.pregnancy) {
    const modality = gated.modality && /\b(thai|deep abdominal|abdominal)\b/i.test(gated.modality) ? null : gated.modality;
    gated = { ...gated, modality, warnings: [PREGNANCY_WARNING, ...gated.warnings] };
  }
  return gated;
}

/** Juvenile idiopathic arthritis (and its older names and subtypes) is an inflammatory arthritis of childhood, never osteoarthritis. */
const JUVENILE_ARTHRITIS = ["juvenile (idiopathic|rheumatoid|chronic|oligoarticular|pauciarticular|polyarticular|) arthritis", "jia", "jra", "(oligoarticular|pauciarticular) arthritis"];

/** Condition slugs the complaint rules out whatever the matcher says: osteoarthritis when the text names juvenile arthritis. */
export function ruledOutConditions(intake: Pick<IntakeInput, "complaint" | "notes">, slugs: readonly string[]): Set<string> {
  const texts = [scanText("complaint", intake.complaint), scanText("notes", intake.notes)];
  const juvenile = texts.some((t) => findMentions(t, JUVENILE_ARTHRITIS).some((m) => m.status === "affirmed"));
  return new Set(juvenile ? slugs.filter((s) => s.endsWith("osteoarthritis")) : []);
}
