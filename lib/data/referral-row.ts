import type { NewReferral } from "./referral-create";

/**
 * The Referral columns for a new referral: patient columns copied out of the intake for search and
 * lists, the intake and the shown card kept whole as JSON. Pure (no database): the test fixtures use it
 * too, so test rows have exactly the shape the app writes.
 */
export function referralRow(clinicianId: string, input: Omit<NewReferral, "status"> & { status: string }) {
  const { intake, card } = input;
  return {
    clinicianId,
    idempotencyKey: input.idempotencyKey,
    status: input.status,
    patientName: intake.patientName,
    patientDob: intake.dateOfBirth,
    patientSex: intake.sex,
    patientMrn: intake.mrn ?? null,
    intake: JSON.stringify(intake),
    conditionSlug: card.conditionSlug,
    conditionName: card.conditionName,
    icd10Code: card.icd10.code,
    evidenceVersionId: input.evidenceVersionId,
    recommendationId: card.recommendationId,
    suggestion: JSON.stringify(card),
    finalDose: JSON.stringify(input.finalDose),
    doseChanged: input.doseChanged,
    overrideReason: input.overrideReason,
    overrideNote: input.overrideNote,
    deferOverrideNote: input.deferOverrideNote,
  };
}
