import type { ScreenSeverity } from "@/lib/domain/safety/engine";
import type { SafetyScreen } from "./safety-screen";

/**
 * One safety rule that applied to this patient, as the patient copy needs it: the rule's code (for the
 * copy's own "when to call" lines), its severity (an overridden deferral's "massage has to wait" text is
 * not printed on a plan the clinician went ahead with) and the rule's own patient text, curated with the
 * rule (prisma/evidence/safety-rules-seed.ts, built-in-rules.ts). Referrals saved before the card kept
 * these have the ticked codes only, with no severity or text.
 */
export interface PatientSafetyNote {
  code: string;
  severity: ScreenSeverity | null;
  patientText: string | null;
}

/** Every applied finding of the screen, most severe first, as patient-copy notes. */
export function patientSafetyNotes(safety: Pick<SafetyScreen, "deferred" | "areasToAvoid" | "techniqueChanges">): PatientSafetyNote[] {
  return [...safety.deferred, ...safety.techniqueChanges, ...safety.areasToAvoid].map((item) => ({
    code: item.code,
    severity: item.severity,
    patientText: item.patientText,
  }));
}
