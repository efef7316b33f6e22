import type { CptCode, DoseStatus, Recommendation, Study } from "@/lib/schemas/evidence";
import { studyShortLabel } from "./citation";
import { formatDoseLine } from "./dose-format";

/**
 * How the dose of a recommendation is known, in words a clinician reads at a glance (issue 21): a dose
 * established by a dose-finding trial, a regimen trials used without comparing doses, or no dose at all.
 * One source for the card, the sheet, the FHIR note and the evidence pages, so they cannot disagree.
 */

export const DOSE_STATUS_LABEL: Record<DoseStatus, string> = {
  established: "Dose established",
  studied: "Dose studied, not compared",
  "not-established": "Dose not established",
};

/** What the dose rests on, as a saved referral keeps it (null status: the version did not record one). */
export interface DoseBasis {
  status: DoseStatus | null;
  /** The status in one sentence, naming the studies. */
  statusText: string | null;
  /** What trials used, when no dose is established. */
  regimenStudied: string | null;
  /** The dose's figures come from a study not checked against its abstract. */
  unverified: boolean;
  unverifiedText: string | null;
  cptCode: CptCode;
}

export const NO_DOSE_SUGGESTED = "Dose not established by the evidence: no dose is suggested. Agree the dose with the therapist.";

export function doseStatusSentence(status: DoseStatus, doseStudyLabels: readonly string[]): string {
  const from = doseStudyLabels.length > 0 ? ` (${doseStudyLabels.join(", ")})` : "";
  switch (status) {
    case "established":
      return `Dose established: a dose-finding trial compared doses${from}.`;
    case "studied":
      return `Dose studied, not compared: the regimen used in trials${from}; no trial compared doses.`;
    case "not-established":
      return NO_DOSE_SUGGESTED;
  }
}

/** "figures not checked against the study (Brattberg 1999)", or null when every dose study was checked. */
export function unverifiedDoseText(labels: readonly string[]): string | null {
  return labels.length === 0 ? null : `Unverified: this dose rests on figures not checked against the study (${labels.join(", ")})`;
}

/** The dose basis of a recommendation in the evidence version it came from. */
export function doseBasisOf(rec: Recommendation, studies: readonly Study[]): DoseBasis {
  const byId = new Map(studies.map((s) => [s.id, s]));
  const doseStudies = rec.doseStudyIds.flatMap((id) => byId.get(id) ?? []);
  const unverifiedLabels = doseStudies.filter((s) => !s.verified).map(studyShortLabel);
  return {
    status: rec.doseStatus,
    statusText: doseStatusSentence(rec.doseStatus, doseStudies.map(studyShortLabel)),
    regimenStudied: rec.regimenStudied,
    unverified: unverifiedLabels.length > 0,
    unverifiedText: unverifiedDoseText(unverifiedLabels),
    cptCode: rec.cptCode,
  };
}

/**
 * The dose line a suggestion shows. A dose the evidence does not establish is never written as figures
 * (its figures are empty by schema), and an unverified dose carries its flag on the line itself.
 */
export function suggestedDoseLine(rec: Recommendation, basis: DoseBasis): string {
  if (rec.doseStatus === "not-established") return NO_DOSE_SUGGESTED;
  const line = formatDoseLine(rec);
  return basis.unverifiedText ? `${line} — ${basis.unverifiedText}` : line;
}

/** The sheet's dose-status line; a dose the evidence left open was set by the referring clinician. */
export function sheetDoseStatusLine(basis: DoseBasis): string | null {
  if (basis.status === null) return null;
  if (basis.status === "not-established") {
    return "Dose status: not established by the evidence. The dose above was set by the referring clinician.";
  }
  return `Dose status: ${basis.statusText ?? DOSE_STATUS_LABEL[basis.status]}`;
}

/** What a referral saved before dose status existed still knows: the code its modality implies. */
export function legacyDoseBasis(modality: string | null): DoseBasis {
  return {
    status: null,
    statusText: null,
    regimenStudied: null,
    unverified: false,
    unverifiedText: null,
    cptCode: cptCodeForModality(modality),
  };
}

/** CPT follows the modality (clinical review, 2026-12-01): 97140 for connective tissue massage and myofascial release. */
export const CPT_TEXT: Record<CptCode, string> = {
  "97124": "CPT 97124 (massage therapy, each 15 minutes)",
  "97140": "CPT 97140 (manual therapy techniques, including connective tissue massage and myofascial release, each 15 minutes)",
};

/** For referrals saved before the code was recorded: the code their modality words imply. */
export function cptCodeForModality(modality: string | null): CptCode {
  return modality && /connective tissue|myofascial/i.test(modality) ? "97140" : "97124";
}
