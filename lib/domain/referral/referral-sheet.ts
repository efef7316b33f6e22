import { certaintyMeaning, cptUnitsPerSession, EVIDENCE_RATING_LABEL, strengthMeaning } from "@/lib/domain/evidence/dose-format";
import { formatChosenDoseLine, formatDoseLine } from "@/lib/domain/dose/dose-words";
import { CPT_TEXT, sheetDoseStatusLine } from "@/lib/domain/evidence/dose-status";
import { doiUrl } from "@/lib/domain/evidence/citation";
import { NOT_CHECKED_FLAG } from "@/lib/domain/evidence/verification";
import { ageFromDob, sexLabels } from "@/lib/domain/labels/intake";
import { referralStatusLabels } from "@/lib/domain/labels/referral";
import { DISMISSAL_TITLE, type ReferralForExport } from "./fhir";
import { buildPatientCopy, type PatientCopy } from "./patient-copy";
import { safetyOverrideText, sheetPrecautions } from "./sheet-precautions";
import { doseSummaryWarning } from "@/lib/domain/dose/summary-check";
import { amendmentMark, lifecycleLines, NO_LIFECYCLE, pageLifecycleTag, type ReferralLifecycle } from "./sheet-lifecycle";

export { NO_LIFECYCLE, type ReferralLifecycle } from "./sheet-lifecycle";

/** What a study contributes to the sheet beyond its citation: the figures a therapist can weigh. */
export interface StudyFacts {
  id: string;
  design: string;
  population: string;
  n: number | null;
  interventionDose: string;
  outcomes: string;
  followUp: string | null;
}

/** The export DTO plus what only the printed sheet shows (intake details, the evidence's own words). */
export interface ReferralSheetData extends ReferralForExport {
  lifecycle?: ReferralLifecycle;
  details: {
    complaint: string;
    painLocations: string[];
    medications: string;
    duration: string;
    /** 0-10 at intake; null when not recorded. */
    painIntensity: number | null;
    doseSummary: string | null;
    rationale: string | null;
    /** Conflicting or qualifying guidance, one line each. */
    guidance: string[];
    adjuncts: string[];
    studyFacts: StudyFacts[];
  };
}

export interface SheetCitation {
  number: number;
  text: string;
  doiUrl: string | null;
  verified: boolean;
  keyFigures: string;
}

/** The referral sheet as plain lines, rendered identically by the print page and the PDF. */
export interface ReferralSheet {
  referralId: string;
  referralDate: string;
  statusLabel: string;
  /** Printed large on every page of a sheet that is not a referral in force; null otherwise. */
  statusMark: string | null;
  /** Amended / replaced / cancelled, said at the top of the therapist copy. */
  lifecycleLines: string[];
  /** "AMENDMENT — version 2, replaces referral …": a banner at the top of each copy of an amendment. */
  amendmentMark: string | null;
  /** Amendment / replaced, in the footer of every page; null for a referral with one version. */
  pageTag: string | null;
  clinic: { clinicName: string; clinicianLine: string; contactLines: string[] };
  patient: { name: string; dob: string; age: string; sex: string; mrn: string | null };
  diagnosis: { name: string; icd10Code: string; icd10Label: string };
  /** What the intake collected that the therapist needs, as label/value rows. */
  clinical: { label: string; value: string }[];
  prescriptionLine: string;
  /** The evidence's dose, shown only when the clinician changed it. */
  suggestedDoseLine: string | null;
  /** Established / studied / not established, in words; null for referrals saved before it was recorded. */
  doseStatusLine: string | null;
  modality: string;
  cptLine: string;
  precautions: string[];
  areasToAvoid: string[];
  techniqueChanges: string[];
  goals: string;
  notes: string;
  overrides: { title: string; reason: string; note: string }[];
  evidence: {
    versionLine: string;
    /** Set when the evidence has changed since this referral was made. */
    supersededLine: string | null;
    certaintyLine: string | null;
    strengthLine: string | null;
    summary: string | null;
    /** Set when the reference's words state other figures than the dose (changed after they were written). */
    summaryWarning: string | null;
    guidance: string[];
    citations: SheetCitation[];
  };
  disclaimer: string;
  patientCopy: PatientCopy;
}

/** A draft or cancelled sheet must never be mistaken for a prescription in force. */
export const STATUS_MARKS: Partial<Record<ReferralSheetData["status"], string>> = {
  draft: "DRAFT — not a referral",
  cancelled: "CANCELLED",
  amended: "AMENDED — replaced by a newer version",
};

export const UNVERIFIED_FLAG = NOT_CHECKED_FLAG;

/**
 * The therapist and patient copies of a saved referral, as text. Pure and given the clock, so the age
 * printed is deterministic in tests. CPT 97124 units follow the reference ("each 15 minutes", a 60-minute
 * session is 4 units) with the CMS 8-minute rule of cptUnitsPerSession.
 */
export function buildReferralSheet(data: ReferralSheetData, now: Date): ReferralSheet {
  const age = ageFromDob(data.patient.dob, now);
  const lifecycle = data.lifecycle ?? NO_LIFECYCLE;
  const minutes = data.finalDose.minutesPerSession;
  const changed = data.overrides.some((o) => o.kind === "dose");
  const safetyOverride = data.overrides.find((o) => o.kind === "safety");
  const printed = sheetPrecautions({
    precautions: data.precautions,
    grouped: [...data.techniqueChanges, ...data.areasToAvoid],
    safetyOverridden: Boolean(safetyOverride) && data.status !== "draft",
  });
  const facts = new Map(data.details.studyFacts.map((s) => [s.id, s]));
  const basis = data.evidence.doseBasis;
  // The unverified flag sits on the dose line itself: the prescription when it is the evidence's dose.
  const flag = basis.unverifiedText ? ` — ${basis.unverifiedText}` : "";
  return {
    referralId: data.id,
    referralDate: data.createdAt.slice(0, 10),
    statusLabel: referralStatusLabels[data.status],
    statusMark: STATUS_MARKS[data.status] ?? null,
    lifecycleLines: lifecycleLines(lifecycle, data.createdAt.slice(0, 10)),
    amendmentMark: amendmentMark(lifecycle),
    pageTag: pageLifecycleTag(lifecycle),
    clinic: {
      clinicName: data.clinician.clinicName,
      clinicianLine: data.clinician.credentials ? `${data.clinician.name}, ${data.clinician.credentials}` : data.clinician.name,
      contactLines: [
        data.clinician.phone && `Phone: ${data.clinician.phone}`,
        data.clinician.email && `Email: ${data.clinician.email}`,
      ].filter((l): l is string => Boolean(l)),
    },
    patient: {
      name: data.patient.name,
      dob: data.patient.dob,
      age: age === null ? "unknown" : `${age} ${age === 1 ? "year" : "years"}`,
      sex: sexLabels[data.patient.sex],
      mrn: data.patient.mrn,
    },
    diagnosis: { name: data.condition.name, icd10Code: data.condition.icd10Code, icd10Label: data.condition.icd10Label },
    clinical: clinicalRows(data),
    prescriptionLine: `Massage therapy: ${formatChosenDoseLine(data.finalDose)}${changed ? "" : flag}`,
    suggestedDoseLine: changed && data.suggestedDose ? `${formatDoseLine(data.suggestedDose)}${flag}` : null,
    doseStatusLine: sheetDoseStatusLine(basis),
    modality: data.modality ?? "Not set by the evidence: the therapist's choice",
    cptLine:
      minutes === null
        ? `${CPT_TEXT[basis.cptCode]}: units per session follow the session length agreed with the therapist`
        : `${CPT_TEXT[basis.cptCode]}: ${cptUnitsPerSession(minutes)} units per session`,
    precautions: printed.precautions,
    areasToAvoid: data.areasToAvoid,
    techniqueChanges: data.techniqueChanges,
    goals: data.goals,
    notes: data.notes,
    overrides: data.overrides.map((o) => {
      if (o.kind === "dose") return { title: "Dose changed from the evidence suggestion", reason: o.reasonLabel, note: o.note };
      if (o.kind === "dismissal") return { title: `${DISMISSAL_TITLE}: ${o.reasonLabel}`, reason: o.note, note: "" };
      if (printed.overridden.length === 0) return { title: "Referred despite the safety screen", reason: o.reasonLabel, note: o.note };
      return { ...safetyOverrideText(printed.overridden), note: o.note };
    }),
    evidence: {
      versionLine: `MassageRx evidence version ${data.evidence.versionNumber}`,
      supersededLine: supersededLine(data.evidence),
      certaintyLine: data.evidence.certainty
        ? `${EVIDENCE_RATING_LABEL}, certainty of evidence: ${data.evidence.certainty}. ${certaintyMeaning(data.evidence.certainty)}`
        : null,
      strengthLine: data.evidence.strength
        ? `${EVIDENCE_RATING_LABEL}, strength of recommendation: ${data.evidence.strength}. ${strengthMeaning(data.evidence.strength)}`
        : null,
      summary: data.details.doseSummary ? `In the evidence's words: ${data.details.doseSummary}` : null,
      summaryWarning: data.suggestedDose ? doseSummaryWarning(data.suggestedDose, data.details.doseSummary) : null,
      guidance: data.details.guidance,
      citations: data.evidence.studies.map((s, i) => ({
        number: i + 1,
        text: s.citation,
        doiUrl: s.doi ? doiUrl(s.doi) : null,
        verified: s.verified,
        keyFigures: keyFigures(facts.get(s.id), s.verified),
      })),
    },
    disclaimer:
      "Decision support only. The dose was suggested by MassageRx from its evidence base and reviewed by the referring " +
      "clinician, who is responsible for this referral. It does not replace clinical judgement: the massage therapist " +
      "should make their own assessment, adapt or stop treatment if the patient's condition changes, and contact the " +
      "referring clinician with any concern.",
    patientCopy: buildPatientCopy(data),
  };
}

function supersededLine(evidence: ReferralForExport["evidence"]): string | null {
  const current = evidence.currentVersionNumber;
  if (current === undefined || current === null || current === evidence.versionNumber) return null;
  return (
    `Made from evidence version ${evidence.versionNumber}, since superseded by version ${current}: ` +
    "the evidence shown here is as it stood when the referral was made."
  );
}

function clinicalRows(data: ReferralSheetData): { label: string; value: string }[] {
  const d = data.details;
  return [
    { label: "Pain locations", value: d.painLocations.length > 0 ? d.painLocations.join(", ") : "Not recorded" },
    { label: "Duration", value: d.duration.trim() || "Not recorded" },
    { label: "Baseline pain", value: d.painIntensity === null ? "Not recorded" : `${d.painIntensity}/10 at referral` },
    { label: "Medications", value: d.medications.trim() || "None recorded" },
    { label: "Functional goals", value: data.goals.trim() || "None recorded" },
    { label: "Clinician notes", value: data.notes.trim() || "None" },
  ];
}

function keyFigures(facts: StudyFacts | undefined, verified: boolean): string {
  if (!facts) return "";
  const who = [facts.design, facts.n === null ? null : `n=${facts.n}`].filter(Boolean).join(", ");
  const parts = [who, facts.interventionDose, facts.outcomes, facts.followUp ? `Follow-up: ${facts.followUp}` : null];
  const text = parts
    .filter((p): p is string => Boolean(p && p.trim()))
    .map((p) => p.trim().replace(/\.$/, ""))
    .join(". ");
  if (!text) return "";
  return verified ? `${text}.` : `${text} (${UNVERIFIED_FLAG}).`;
}
