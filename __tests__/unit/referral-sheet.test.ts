import { buildReferralSheet, UNVERIFIED_FLAG, type ReferralSheetData } from "@/lib/domain/referral/referral-sheet";
import { sheetDataFixture } from "../support/referral-fixtures";

/**
 * The printed referral sheet, as the therapist reads it (the print page and the PDF render these lines
 * as they are). A wrong sheet in a therapist's hands is the worst bug this product can have, so each
 * line a therapist acts on is stated here directly, not only through the page's render tests.
 */

const NOW = new Date("2026-11-29T12:00:00.000Z");
const sheetOf = (data: ReferralSheetData) => buildReferralSheet(data, NOW);
const knee = () => sheetDataFixture({});
const clinical = (data: ReferralSheetData) => Object.fromEntries(sheetOf(data).clinical.map((r) => [r.label, r.value]));

describe("who and what the sheet is for", () => {
  test("a final sheet carries no warning mark; a draft, a cancelled and an amended one each say so on every page", () => {
    expect(sheetOf(knee()).statusMark).toBeNull();
    expect(sheetOf({ ...knee(), status: "draft" }).statusMark).toBe("DRAFT — not a referral");
    expect(sheetOf({ ...knee(), status: "cancelled" }).statusMark).toBe("CANCELLED");
    expect(sheetOf({ ...knee(), status: "amended" }).statusMark).toBe("AMENDED — replaced by a newer version");
    expect(sheetOf({ ...knee(), status: "sent" }).statusLabel).toBe("Sent");
  });

  test("the date printed is the day the referral was made", () => {
    expect(sheetOf(knee()).referralDate).toBe("2026-03-15");
  });

  test("the referring clinician is named with credentials and only the contact routes they have", () => {
    const data = knee();
    expect(sheetOf(data).clinic).toEqual({
      clinicName: "Riverside Clinic",
      clinicianLine: "Dr Ana Ruiz, MD",
      contactLines: ["Phone: 555-0100", "Email: ana.ruiz@clinic.test"],
    });
    const bare = { ...data, clinician: { ...data.clinician, credentials: "", phone: "" } };
    expect(sheetOf(bare).clinic.clinicianLine).toBe("Dr Ana Ruiz");
    expect(sheetOf(bare).clinic.contactLines).toEqual(["Email: ana.ruiz@clinic.test"]);
  });

  test("the patient's age on the day of printing, in years ('1 year' for a one-year-old, 'unknown' without a date of birth)", () => {
    const data = knee();
    expect(sheetOf(data).patient).toEqual({ name: "Maria Lopez", dob: "1961-04-12", age: "65 years", sex: "Female", mrn: "MRN-1001" });
    expect(sheetOf({ ...data, patient: { ...data.patient, dob: "2025-06-01" } }).patient.age).toBe("1 year");
    expect(sheetOf({ ...data, patient: { ...data.patient, dob: "" } }).patient.age).toBe("unknown");
  });

  test("the diagnosis is printed with its ICD-10 code", () => {
    expect(sheetOf(knee()).diagnosis).toEqual({
      name: "Knee osteoarthritis",
      icd10Code: "M17.10",
      icd10Label: "Unilateral primary osteoarthritis, unspecified knee",
    });
  });
});

describe("the intake details the therapist needs", () => {
  test("each recorded detail is printed as recorded, the baseline pain out of 10", () => {
    expect(clinical(knee())).toEqual({
      "Pain locations": "Knees",
      Duration: "3 years",
      "Baseline pain": "6/10 at referral",
      Medications: "Paracetamol as needed",
      "Functional goals": "Walk to the market without stopping",
      "Clinician notes": "Prefers morning appointments",
    });
  });

  test("a detail left blank says it was not recorded, never an empty row or a made-up value", () => {
    const data = knee();
    const blank = {
      ...data,
      goals: "  ",
      notes: "",
      details: { ...data.details, painLocations: [], duration: " ", painIntensity: null, medications: "" },
    };
    expect(clinical(blank)).toEqual({
      "Pain locations": "Not recorded",
      Duration: "Not recorded",
      "Baseline pain": "Not recorded",
      Medications: "None recorded",
      "Functional goals": "None recorded",
      "Clinician notes": "None",
    });
    expect(clinical({ ...data, details: { ...data.details, painLocations: ["Knees", "Hips"], painIntensity: 0 } })).toMatchObject({
      "Pain locations": "Knees, Hips",
      "Baseline pain": "0/10 at referral",
    });
  });
});

describe("the prescription", () => {
  test("the evidence's dose as prescribed, with its CPT units (60 minutes = 4 units of 97124)", () => {
    const sheet = sheetOf(knee());
    expect(sheet.prescriptionLine).toBe("Massage therapy: 60-minute sessions, once a week, for 8 weeks (8 sessions)");
    expect(sheet.suggestedDoseLine).toBeNull();
    expect(sheet.modality).toBe("Swedish massage");
    expect(sheet.cptLine).toBe("CPT 97124 (massage therapy, each 15 minutes): 4 units per session");
  });

  test("a session length left to the therapist leaves the CPT units to the agreed length, not a guessed count", () => {
    const data = knee();
    const open = { ...data, finalDose: { ...data.finalDose, minutesPerSession: null } };
    expect(sheetOf(open).cptLine).toBe(
      "CPT 97124 (massage therapy, each 15 minutes): units per session follow the session length agreed with the therapist",
    );
  });

  test("with no modality from the evidence, the technique is the therapist's choice", () => {
    expect(sheetOf({ ...knee(), modality: null }).modality).toBe("Not set by the evidence: the therapist's choice");
  });

  test("a dose not checked against the study is flagged on the prescription; once changed, the flag moves to the evidence's dose", () => {
    const data = knee();
    const unchecked = {
      ...data,
      evidence: { ...data.evidence, doseBasis: { ...data.evidence.doseBasis, unverified: true, unverifiedText: "dose not checked" } },
    };
    expect(sheetOf(unchecked).prescriptionLine).toBe(
      "Massage therapy: 60-minute sessions, once a week, for 8 weeks (8 sessions) — dose not checked",
    );
    const changed: ReferralSheetData = {
      ...unchecked,
      finalDose: { minutesPerSession: 45, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
      overrides: [{ kind: "dose", reason: "patient-preference", reasonLabel: "Patient preference", note: "Tires after 45 min" }],
    };
    const sheet = sheetOf(changed);
    expect(sheet.prescriptionLine).toBe("Massage therapy: 45-minute sessions, once a week, for 8 weeks (8 sessions)");
    expect(sheet.suggestedDoseLine).toBe("60-minute sessions, once a week, for 8 weeks (8 sessions) — dose not checked");
    expect(sheet.overrides).toEqual([
      { title: "Dose changed from the evidence suggestion", reason: "Patient preference", note: "Tires after 45 min" },
    ]);
    expect(sheetOf({ ...changed, suggestedDose: null }).suggestedDoseLine).toBeNull();
  });
});

describe("overrides of the safety screen", () => {
  test("a finding set aside names the finding and the clinician's reason", () => {
    const data = knee();
    const sheet = sheetOf({
      ...data,
      overrides: [{ kind: "dismissal", reason: null, reasonLabel: 'Bleeding risk ("Eliquis")', note: "Stopped last month" }],
    });
    expect(sheet.overrides).toEqual([
      { title: 'Safety finding set aside by the referring clinician: Bleeding risk ("Eliquis")', reason: "Stopped last month", note: "" },
    ]);
  });

  test("a safety override with no stop line left to explain still says the referral went against the screen", () => {
    const sheet = sheetOf({
      ...knee(),
      overrides: [{ kind: "safety", reason: null, reasonLabel: "Clinician judgement", note: "Seen today" }],
    });
    expect(sheet.overrides).toEqual([{ title: "Referred despite the safety screen", reason: "Clinician judgement", note: "Seen today" }]);
  });
});

describe("the evidence behind the dose", () => {
  test("names the evidence version, its rating in words, and the evidence's own dose words", () => {
    const { evidence } = sheetOf(knee());
    expect(evidence.versionLine).toBe("MassageRx evidence version 1");
    expect(evidence.supersededLine).toBeNull();
    expect(evidence.certaintyLine).toMatch(
      /^MassageRx evidence rating, certainty of evidence: moderate\. The true effect is probably close/,
    );
    expect(evidence.strengthLine).toMatch(/^MassageRx evidence rating, strength of recommendation: conditional\. Many patients/);
    expect(evidence.summary).toBe("In the evidence's words: Swedish massage, 60 min, once weekly, 8 weeks (8 sessions).");
  });

  test("without a rating or the evidence's words, those lines are left out rather than printed empty", () => {
    const data = knee();
    const bare = {
      ...data,
      evidence: { ...data.evidence, certainty: null, strength: null },
      details: { ...data.details, doseSummary: null },
    };
    const { evidence } = sheetOf(bare);
    expect([evidence.certaintyLine, evidence.strengthLine, evidence.summary]).toEqual([null, null, null]);
  });

  test("a referral made from an older evidence version says the evidence has since changed", () => {
    const data = knee();
    const later = (currentVersionNumber: number | null | undefined) =>
      sheetOf({ ...data, evidence: { ...data.evidence, currentVersionNumber } }).evidence.supersededLine;
    expect(later(3)).toBe(
      "Made from evidence version 1, since superseded by version 3: the evidence shown here is as it stood when the referral was made.",
    );
    expect(later(1)).toBeNull();
    expect(later(null)).toBeNull();
    expect(later(undefined)).toBeNull();
  });

  test("each study is numbered from 1 with a link and its key figures: design, size, dose, outcome, follow-up", () => {
    const [first, , third] = sheetOf(knee()).evidence.citations;
    expect(first?.number).toBe(1);
    expect(first?.doiUrl).toBe("https://doi.org/10.1371/journal.pone.0030248");
    expect(first?.keyFigures).toMatch(/^RCT, n=125\. Swedish massage 30 or 60 min, once or twice weekly, 8 weeks\. WOMAC Global/);
    // The outcome's own full stop is not doubled before the follow-up, and the line ends in one.
    expect(first?.keyFigures).toMatch(/consistency\)\. Follow-up: 24 weeks\.$/);
    // A review with no size and no follow-up prints neither.
    expect(third?.number).toBe(3);
    expect(third?.keyFigures).toMatch(/^systematic review\. Massage therapy of any type\. /);
    expect(third?.keyFigures).not.toMatch(/n=|Follow-up/);
  });

  test("a study whose figures were not checked says so after its figures; one with no facts or DOI prints no figures or link", () => {
    const data = knee();
    const studies = data.evidence.studies.map((s, i) =>
      i === 0 ? { ...s, verified: false } : i === 1 ? { ...s, doi: null, id: "unknown" } : s,
    );
    const [first, second] = sheetOf({ ...data, evidence: { ...data.evidence, studies } }).evidence.citations;
    expect(first?.verified).toBe(false);
    expect(first?.keyFigures).toMatch(new RegExp(`Follow-up: 24 weeks \\(${UNVERIFIED_FLAG.replace(/[()]/g, "\\$&")}\\)\\.$`));
    expect(second?.doiUrl).toBeNull();
    expect(second?.keyFigures).toBe("");
  });

  test("every sheet ends with the decision-support disclaimer and carries the patient's own copy", () => {
    const sheet = sheetOf(knee());
    expect(sheet.disclaimer).toMatch(/^Decision support only\. .*referring clinician, who is responsible for this referral\./);
    expect(sheet.patientCopy.sections.length).toBeGreaterThan(0);
  });
});
