import type * as fhir4 from "fhir/r4";
import type { Certainty, Strength } from "@/lib/schemas/evidence";
import type { Sex } from "@/lib/schemas/intake";
import type { DoseInput, OverrideReason, ReferralStatus } from "@/lib/schemas/referral";
import { chosenAsRanges, totalSessionsOf, weeklyRate, type Dose } from "@/lib/domain/dose/dose";
import { formatChosenDoseLine } from "@/lib/domain/dose/dose-words";
import { EVIDENCE_RATING_LABEL } from "@/lib/domain/evidence/dose-format";
import type { DoseBasis } from "@/lib/domain/evidence/dose-status";
import type { CptCode } from "@/lib/schemas/evidence";
import { NOT_CHECKED_FLAG } from "@/lib/domain/evidence/verification";
import type { PatientSafetyNote } from "./patient-safety";

/** A saved referral as the sheet, PDF, FHIR and patient copy need it: a plain DTO, no Prisma row. */
export interface ReferralForExport {
  id: string;
  status: ReferralStatus;
  /** ISO 8601 date-time. */
  createdAt: string;
  clinician: { name: string; credentials: string; email: string; clinicName: string; phone: string };
  patient: { name: string; dob: string; sex: Sex; mrn: string | null };
  condition: { slug: string; name: string; icd10Code: string; icd10Label: string };
  modality: string | null;
  finalDose: DoseInput;
  /** Set on an amendment: the referral it replaces. */
  replacesId?: string | null;
  /** The evidence's dose at the time (ranges, null = not established); null when none was suggested. */
  suggestedDose: Dose | null;
  overrides: ReferralOverride[];
  precautions: string[];
  areasToAvoid: string[];
  techniqueChanges: string[];
  /** The safety rules that applied, with each rule's own patient text (the patient copy prints them). */
  patientSafety: PatientSafetyNote[];
  goals: string;
  notes: string;
  evidence: {
    versionId: string;
    versionNumber: number;
    /** The evidence version current when the referral is read; absent when not looked up. */
    currentVersionNumber?: number | null;
    recommendationId: string | null;
    certainty: Certainty | null;
    strength: Strength | null;
    studies: { id: string; citation: string; doi: string | null; verified: boolean }[];
    /** Dose status, the dose's unverified flag and the CPT code of the modality (issue 21). */
    doseBasis: DoseBasis;
  };
}

/** CPT follows the modality: 97124 massage; 97140 manual therapy (connective tissue massage, myofascial release). */
const cptDisplay: Record<CptCode, string> = {
  "97124": "Massage therapy (effleurage, petrissage, tapotement), each 15 minutes",
  "97140": "Manual therapy techniques (includes connective tissue massage), each 15 minutes",
};

export interface ReferralOverride {
  /**
   * dose: the clinician changed the suggested dose; safety: referred despite a defer-level finding;
   * dismissal: a finding found in the text was set aside (reasonLabel names it and the words, note is why).
   */
  kind: "dose" | "safety" | "dismissal";
  reason: OverrideReason | null;
  /** Human label of the reason code ("Patient preference"), or a short title for safety overrides. */
  reasonLabel: string;
  note: string;
}

/** How every surface titles a finding from the text that the referring clinician set aside. */
export const DISMISSAL_TITLE = "Safety finding set aside by the referring clinician";

export const SNOMED_SYSTEM = "http://snomed.info/sct";
export const CPT_SYSTEM = "http://www.ama-assn.org/go/cpt";
export const ICD10CM_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm";
export const UCUM_SYSTEM = "http://unitsofmeasure.org";
/** Our own identifier systems. URNs, because the app has no canonical public base URL to mint them under. */
export const REFERRAL_ID_SYSTEM = "urn:massagerx:referral";
export const EVIDENCE_VERSION_SYSTEM = "urn:massagerx:evidence-version";
export const EVIDENCE_RECOMMENDATION_SYSTEM = "urn:massagerx:evidence-recommendation";
export const DOI_SYSTEM = "urn:ietf:rfc:3986";

/** Our lifecycle onto FHIR request-status: final and sent are both "active" (an order in force). */
const statusMap: Record<ReferralStatus, fhir4.ServiceRequest["status"]> = {
  draft: "draft",
  final: "active",
  sent: "active",
  completed: "completed",
  cancelled: "revoked",
  // Replaced by an amendment, which points back at it through ServiceRequest.replaces.
  amended: "revoked",
};

/** FHIR administrative-gender has no "intersex": "other" is the code R4 offers for it. */
const genderMap: Record<Sex, NonNullable<fhir4.Patient["gender"]>> = {
  female: "female",
  male: "male",
  intersex: "other",
  unknown: "unknown",
};

/** A clinician's single figures as the one-value ranges the dose formatter speaks (total worked out). */
export function finalDoseAsRanges(dose: DoseInput): Dose {
  return chosenAsRanges(dose);
}

/** Total sessions: frequency × weeks when both are set, else as stated (the dose model's rule). */
export function plannedSessions(dose: DoseInput): number | null {
  return totalSessionsOf(dose);
}

/**
 * Timing.repeat for a massage course, following the reference's example for "60 min, twice a week, for
 * 4 weeks": frequency 2, period 1, periodUnit wk, duration 60, durationUnit min, boundsDuration 4 wk
 * (UCUM), count 8. frequency and count are positiveInt in R4, so a weekly rate travels as whole sessions
 * per whole weeks (1.5 a week = frequency 3 per period 2 wk; 0.5 = 1 per 2 wk), the same pair the sheet's
 * words use (weeklyRate). A rate with no such pair is left out and the count carries the course.
 * Figures the referral leaves open are left out, not invented.
 */
export function doseToTimingRepeat(dose: DoseInput): fhir4.TimingRepeat | null {
  const repeat: fhir4.TimingRepeat = {};
  const rate = dose.sessionsPerWeek === null ? null : weeklyRate(dose.sessionsPerWeek);
  if (rate) {
    repeat.frequency = rate.sessions;
    repeat.period = rate.everyWeeks;
    repeat.periodUnit = "wk";
  }
  if (dose.minutesPerSession !== null) {
    repeat.duration = dose.minutesPerSession;
    repeat.durationUnit = "min";
  }
  if (dose.weeks !== null) {
    repeat.boundsDuration = { value: dose.weeks, unit: "wk", system: UCUM_SYSTEM, code: "wk" };
  }
  const count = totalSessionsOf(dose);
  if (count !== null && Number.isInteger(count) && count >= 1) repeat.count = count;
  return Object.keys(repeat).length > 0 ? repeat : null;
}

/**
 * FHIR R4 ServiceRequest for a saved referral (HL7 FHIR R4 ServiceRequest; codes from the reference:
 * SNOMED CT 387854002 massage, CPT 97124 massage therapy, ICD-10-CM reason).
 *
 * The evidence the dose came from travels as `supportingInfo` logical references (Reference.identifier,
 * since the evidence is not a FHIR resource on a server): one to the recommendation, one to the evidence
 * version and one per cited study (DOI where there is one). A receiver that ignores them still gets a
 * valid order; one that cares can trace the dose to the exact version. `instantiatesUri` repeats the
 * recommendation as the protocol followed, the element FHIR defines for that.
 */
export function toFhirServiceRequest(referral: ReferralForExport): fhir4.ServiceRequest {
  const { patient, clinician, condition, evidence } = referral;

  const fhirPatient: fhir4.Patient = {
    resourceType: "Patient",
    id: "patient",
    name: [{ text: patient.name }],
    gender: genderMap[patient.sex],
    birthDate: patient.dob,
    ...(patient.mrn
      ? {
          identifier: [
            {
              type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "MR" }], text: "MRN" },
              value: patient.mrn,
            },
          ],
        }
      : {}),
  };

  const telecom: fhir4.ContactPoint[] = [];
  if (clinician.phone) telecom.push({ system: "phone", value: clinician.phone, use: "work" });
  if (clinician.email) telecom.push({ system: "email", value: clinician.email, use: "work" });
  const practitioner: fhir4.Practitioner = {
    resourceType: "Practitioner",
    id: "requester",
    name: [{ text: clinician.name }],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(clinician.credentials ? { qualification: [{ code: { text: clinician.credentials } }] } : {}),
  };

  const timing = doseToTimingRepeat(referral.finalDose);
  const request: fhir4.ServiceRequest = {
    resourceType: "ServiceRequest",
    id: referral.id,
    identifier: [{ system: REFERRAL_ID_SYSTEM, value: referral.id }],
    contained: [fhirPatient, practitioner],
    status: statusMap[referral.status],
    intent: "order",
    code: {
      coding: [
        // No display: "Massage" is the reference's word, not a verified SNOMED CT preferred term, and a
        // wrong display fails terminology validation where a missing one does not.
        { system: SNOMED_SYSTEM, code: "387854002" },
        { system: CPT_SYSTEM, code: evidence.doseBasis.cptCode, display: cptDisplay[evidence.doseBasis.cptCode] },
      ],
      text: referral.modality ? `Massage therapy: ${referral.modality}` : "Massage therapy",
    },
    subject: { reference: "#patient", display: patient.name },
    requester: { reference: "#requester", display: clinician.name },
    authoredOn: referral.createdAt,
    reasonCode: [
      {
        coding: [{ system: ICD10CM_SYSTEM, code: condition.icd10Code, display: condition.icd10Label }],
        text: condition.name,
      },
    ],
    ...(timing ? { occurrenceTiming: { repeat: timing } } : {}),
    ...(referral.replacesId ? { replaces: [{ identifier: { system: REFERRAL_ID_SYSTEM, value: referral.replacesId } }] } : {}),
    note: fhirNotes(referral),
    supportingInfo: evidenceReferences(referral),
    ...(evidence.recommendationId
      ? { instantiatesUri: [`${EVIDENCE_RECOMMENDATION_SYSTEM}:${evidence.versionId}:${evidence.recommendationId}`] }
      : {}),
  };
  return request;
}

function evidenceReferences(referral: ReferralForExport): fhir4.Reference[] {
  const { evidence } = referral;
  const refs: fhir4.Reference[] = [];
  if (evidence.recommendationId) {
    refs.push({
      identifier: { system: EVIDENCE_RECOMMENDATION_SYSTEM, value: evidence.recommendationId },
      display: `MassageRx evidence recommendation ${evidence.recommendationId} (evidence version ${evidence.versionNumber})`,
    });
  }
  refs.push({
    identifier: { system: EVIDENCE_VERSION_SYSTEM, value: evidence.versionId },
    display: `MassageRx evidence version ${evidence.versionNumber}`,
  });
  for (const study of evidence.studies) {
    refs.push({
      ...(study.doi ? { identifier: { system: DOI_SYSTEM, value: `https://doi.org/${study.doi}` } } : {}),
      display: study.verified ? study.citation : `${study.citation} [${NOT_CHECKED_FLAG}]`,
    });
  }
  return refs;
}

function fhirNotes(referral: ReferralForExport): fhir4.Annotation[] {
  const basis = referral.evidence.doseBasis;
  const notes: string[] = [`Dose: ${formatChosenDoseLine(referral.finalDose)}`];
  if (basis.statusText) notes.push(`Dose status: ${basis.statusText}`);
  if (basis.unverifiedText) notes.push(basis.unverifiedText);
  const list = (title: string, items: string[]) => {
    if (items.length > 0) notes.push(`${title}: ${items.join("; ")}`);
  };
  list("Precautions", referral.precautions);
  list("Areas to avoid", referral.areasToAvoid);
  list("Technique changes", referral.techniqueChanges);
  for (const o of referral.overrides) {
    if (o.kind === "dismissal") {
      notes.push(`${DISMISSAL_TITLE} — ${o.reasonLabel}; reason: ${o.note}`);
      continue;
    }
    const what = o.kind === "dose" ? "Dose changed from the evidence suggestion" : "Referred despite the safety screen";
    notes.push(`${what} — reason: ${o.reasonLabel}${o.note ? `; ${o.note}` : ""}`);
  }
  if (referral.goals) notes.push(`Goals: ${referral.goals}`);
  if (referral.notes) notes.push(`Clinician notes: ${referral.notes}`);
  const { certainty, strength } = referral.evidence;
  if (certainty && strength) notes.push(`${EVIDENCE_RATING_LABEL} (GRADE words): certainty ${certainty}, strength ${strength}`);
  return notes.map((text) => ({ text, time: referral.createdAt }));
}
