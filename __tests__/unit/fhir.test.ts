import type * as fhir4 from "fhir/r4";
import { doseToTimingRepeat, finalDoseAsRanges, toFhirServiceRequest, type ReferralForExport } from "@/lib/domain/referral/fhir";

const neckReferral: ReferralForExport = {
  id: "ref_123",
  status: "final",
  createdAt: "2026-03-15T10:30:00.000Z",
  clinician: { name: "Dr Ana Ruiz", credentials: "MD", email: "ana@clinic.test", clinicName: "Riverside Clinic", phone: "555-0100" },
  patient: { name: "Sam Lee", dob: "1970-01-31", sex: "intersex", mrn: "MRN-42" },
  condition: { slug: "chronic-neck-pain", name: "Chronic non-specific neck pain", icd10Code: "M54.2", icd10Label: "Cervicalgia" },
  modality: "Swedish massage",
  finalDose: { minutesPerSession: 60, sessionsPerWeek: 2, weeks: 4, totalSessions: 8 },
  suggestedDose: {
    minutesPerSession: { min: 60, max: 60 },
    sessionsPerWeek: { min: 2, max: 3 },
    weeks: { min: 4, max: 4 },
    totalSessions: { min: 8, max: 12 },
  },
  overrides: [{ kind: "dose", reason: "cost-or-access", reasonLabel: "Cost or access", note: "Insurance covers 8 sessions" }],
  precautions: ["Change technique — Bleeding risk: No deep or forceful pressure (source: Mayo Clinic)"],
  areasToAvoid: ["Skin wound: Avoid the area."],
  techniqueChanges: ["Bleeding risk: No deep or forceful pressure."],
  patientSafety: [],
  goals: "Turn head to drive",
  notes: "On apixaban",
  evidence: {
    versionId: "ev_v3",
    versionNumber: 3,
    recommendationId: "chronic-neck-pain-dose",
    certainty: "low",
    strength: "conditional",
    studies: [
      {
        id: "sherman-2014",
        citation: "Sherman KJ, et al. Ann Fam Med. 2014;12(2):112-120. doi:10.1370/afm.1602",
        doi: "10.1370/afm.1602",
        verified: true,
      },
      { id: "brattberg-1999", citation: "Brattberg G. Eur J Pain. 1999;3(3):235-244.", doi: null, verified: false },
    ],
    doseBasis: {
      status: "established",
      statusText: "Dose established: a dose-finding trial compared doses (Sherman 2014).",
      regimenStudied: null,
      unverified: false,
      unverifiedText: null,
      cptCode: "97124",
    },
  },
};

/** Runtime checks of the elements FHIR R4 makes mandatory (1..1) or that we promise to send. */
function assertValidServiceRequest(resource: fhir4.ServiceRequest): void {
  expect(resource.resourceType).toBe("ServiceRequest");
  expect(["draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"]).toContain(resource.status);
  expect(resource.intent).toBe("order");
  expect(resource.subject.reference).toBeTruthy();
  // A local reference must resolve to a contained resource.
  const containedIds = (resource.contained ?? []).map((r) => `#${r.id ?? ""}`);
  for (const ref of [resource.subject, resource.requester]) {
    if (ref?.reference?.startsWith("#")) expect(containedIds).toContain(ref.reference);
  }
  for (const c of resource.code?.coding ?? []) {
    expect(c.system).toMatch(/^http/);
    expect(c.code).toBeTruthy();
  }
  expect(resource.authoredOn).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  // Round-trips through JSON unchanged: no undefined, functions or Dates hiding in it.
  expect(JSON.parse(JSON.stringify(resource))).toEqual(resource);
}

// Compile-time: the fhir4 types are real (not any), so a status R4 does not define is refused by tsc.
// @ts-expect-error "sent" is our status, not a FHIR request-status.
const notAFhirStatus: fhir4.ServiceRequest["status"] = "sent";

describe("toFhirServiceRequest", () => {
  // Built per test, not once when the file loads: Stryker (ignoreStatic) credits a kill only to code a test
  // runs, so a resource built at load time would leave every mutant these assertions catch "survived".
  let resource: fhir4.ServiceRequest;
  beforeEach(() => {
    resource = toFhirServiceRequest(neckReferral);
  });

  test("is a valid R4 ServiceRequest shape", () => {
    expect(notAFhirStatus).toBe("sent");
    assertValidServiceRequest(resource);
    expect(resource.id).toBe("ref_123");
    expect(resource.identifier).toEqual([{ system: "urn:massagerx:referral", value: "ref_123" }]);
  });

  test("timing for 60 min twice a week for 4 weeks matches the reference example", () => {
    expect(resource.occurrenceTiming?.repeat).toEqual({
      frequency: 2,
      period: 1,
      periodUnit: "wk",
      duration: 60,
      durationUnit: "min",
      boundsDuration: { value: 4, unit: "wk", system: "http://unitsofmeasure.org", code: "wk" },
      count: 8,
    });
  });

  test("code: SNOMED CT 387854002 (no unverified display) and CPT 97124", () => {
    expect(resource.code?.coding).toEqual([
      { system: "http://snomed.info/sct", code: "387854002" },
      {
        system: "http://www.ama-assn.org/go/cpt",
        code: "97124",
        display: "Massage therapy (effleurage, petrissage, tapotement), each 15 minutes",
      },
    ]);
    expect(resource.code?.text).toBe("Massage therapy: Swedish massage");
  });

  test("reasonCode is ICD-10-CM", () => {
    expect(resource.reasonCode).toEqual([
      {
        coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "M54.2", display: "Cervicalgia" }],
        text: "Chronic non-specific neck pain",
      },
    ]);
  });

  test("contained Patient is the subject; contained Practitioner the requester", () => {
    expect(resource.subject).toEqual({ reference: "#patient", display: "Sam Lee" });
    expect(resource.requester).toEqual({ reference: "#requester", display: "Dr Ana Ruiz" });
    const patient = resource.contained?.find((r): r is fhir4.Patient => r.resourceType === "Patient");
    expect(patient).toMatchObject({ id: "patient", name: [{ text: "Sam Lee" }], birthDate: "1970-01-31", gender: "other" });
    expect(patient?.identifier?.[0]?.value).toBe("MRN-42");
    const practitioner = resource.contained?.find((r): r is fhir4.Practitioner => r.resourceType === "Practitioner");
    expect(practitioner?.qualification).toEqual([{ code: { text: "MD" } }]);
    expect(practitioner?.telecom).toEqual([
      { system: "phone", value: "555-0100", use: "work" },
      { system: "email", value: "ana@clinic.test", use: "work" },
    ]);
  });

  test.each([
    ["draft", "draft"],
    ["final", "active"],
    ["sent", "active"],
    ["completed", "completed"],
    ["cancelled", "revoked"],
  ] as const)("status %s → %s", (ours, theirs) => {
    expect(toFhirServiceRequest({ ...neckReferral, status: ours }).status).toBe(theirs);
  });

  test.each([
    ["female", "female"],
    ["male", "male"],
    ["unknown", "unknown"],
  ] as const)("sex %s → gender %s", (sex, gender) => {
    const out = toFhirServiceRequest({ ...neckReferral, patient: { ...neckReferral.patient, sex, mrn: null } });
    const patient = out.contained?.find((r): r is fhir4.Patient => r.resourceType === "Patient");
    expect(patient?.gender).toBe(gender);
    expect(patient?.identifier).toBeUndefined();
  });

  test("notes carry the dose, precautions, overrides with reasons, goals and clinician notes", () => {
    const texts = (resource.note ?? []).map((n) => n.text);
    expect(texts[0]).toBe("Dose: 60-minute sessions, twice a week, for 4 weeks (8 sessions)");
    expect(texts).toContain("Precautions: Change technique — Bleeding risk: No deep or forceful pressure (source: Mayo Clinic)");
    expect(texts).toContain("Areas to avoid: Skin wound: Avoid the area.");
    expect(texts).toContain("Dose changed from the evidence suggestion — reason: Cost or access; Insurance covers 8 sessions");
    expect(texts).toContain("Goals: Turn head to drive");
    expect(texts).toContain("Clinician notes: On apixaban");
  });

  test("links the evidence recommendation, version and studies", () => {
    expect(resource.instantiatesUri).toEqual(["urn:massagerx:evidence-recommendation:ev_v3:chronic-neck-pain-dose"]);
    expect(resource.supportingInfo?.[0]).toEqual({
      identifier: { system: "urn:massagerx:evidence-recommendation", value: "chronic-neck-pain-dose" },
      display: "MassageRx evidence recommendation chronic-neck-pain-dose (evidence version 3)",
    });
    expect(resource.supportingInfo?.[1]).toEqual({
      identifier: { system: "urn:massagerx:evidence-version", value: "ev_v3" },
      display: "MassageRx evidence version 3",
    });
    expect(resource.supportingInfo?.[2]?.identifier?.value).toBe("https://doi.org/10.1370/afm.1602");
    expect(resource.supportingInfo?.[3]?.display).toMatch(/figure not checked against the study/);
  });

  test("a referral without a recommendation has no instantiatesUri but keeps the version", () => {
    const out = toFhirServiceRequest({ ...neckReferral, evidence: { ...neckReferral.evidence, recommendationId: null, studies: [] } });
    expect(out.instantiatesUri).toBeUndefined();
    expect(out.supportingInfo).toHaveLength(1);
  });
});

describe("doseToTimingRepeat", () => {
  test("once a week for 8 weeks (knee OA)", () => {
    expect(doseToTimingRepeat({ minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: null })).toMatchObject({
      frequency: 1,
      period: 1,
      periodUnit: "wk",
      count: 8,
    });
  });

  test("every other week is once per 2 weeks (frequency is a positiveInt)", () => {
    expect(doseToTimingRepeat({ minutesPerSession: 60, sessionsPerWeek: 0.5, weeks: 8, totalSessions: 4 })).toMatchObject({
      frequency: 1,
      period: 2,
      count: 4,
    });
  });

  test("open figures are left out, not invented; nothing at all → null", () => {
    const cancer = doseToTimingRepeat({ minutesPerSession: 45, sessionsPerWeek: null, weeks: null, totalSessions: null });
    expect(cancer).toEqual({ duration: 45, durationUnit: "min" });
    expect(doseToTimingRepeat({ minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null })).toBeNull();
    const none = toFhirServiceRequest({
      ...neckReferral,
      finalDose: { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null },
    });
    expect(none.occurrenceTiming).toBeUndefined();
  });

  test("finalDoseAsRanges turns single figures into one-value ranges", () => {
    expect(finalDoseAsRanges({ minutesPerSession: 60, sessionsPerWeek: null, weeks: 4, totalSessions: 8 })).toEqual({
      minutesPerSession: { min: 60, max: 60 },
      sessionsPerWeek: null,
      weeks: { min: 4, max: 4 },
      totalSessions: { min: 8, max: 8 },
    });
  });
});

/**
 * What a receiving system reads off the ServiceRequest when the referral is not the tidy neck example:
 * every figure, code, reason and note the therapist acts on must travel, and nothing the referral left
 * open or does not hold may be made up.
 */
describe("toFhirServiceRequest: what the receiving system reads", () => {
  const notes = (r: ReferralForExport) => (toFhirServiceRequest(r).note ?? []).map((n) => n.text);
  const containedPractitioner = (r: ReferralForExport) =>
    toFhirServiceRequest(r).contained?.find((c): c is fhir4.Practitioner => c.resourceType === "Practitioner");

  test("an amended referral is revoked, and its amendment says which order it replaces", () => {
    expect(toFhirServiceRequest({ ...neckReferral, status: "amended" }).status).toBe("revoked");
    const amendment = toFhirServiceRequest({ ...neckReferral, id: "ref_124", replacesId: "ref_123" });
    expect(amendment.replaces).toEqual([{ identifier: { system: "urn:massagerx:referral", value: "ref_123" } }]);
    expect(toFhirServiceRequest(neckReferral).replaces).toBeUndefined();
  });

  test("the MRN is marked as a medical record number (v2-0203 MR), so the receiver files it as one", () => {
    const patient = toFhirServiceRequest(neckReferral).contained?.find((c): c is fhir4.Patient => c.resourceType === "Patient");
    expect(patient?.identifier).toEqual([
      { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "MR" }], text: "MRN" }, value: "MRN-42" },
    ]);
  });

  test("a requester with no phone, email or credentials gets no empty contact or qualification entries", () => {
    const bare = { ...neckReferral, clinician: { ...neckReferral.clinician, phone: "", email: "", credentials: "" } };
    const practitioner = containedPractitioner(bare);
    expect(practitioner).toEqual({ resourceType: "Practitioner", id: "requester", name: [{ text: "Dr Ana Ruiz" }] });
    const emailOnly = containedPractitioner({ ...bare, clinician: { ...bare.clinician, email: "ana@clinic.test" } });
    expect(emailOnly?.telecom).toEqual([{ system: "email", value: "ana@clinic.test", use: "work" }]);
  });

  test("manual therapy is billed as CPT 97140, and an unnamed modality reads plainly 'Massage therapy'", () => {
    const myofascial = toFhirServiceRequest({
      ...neckReferral,
      modality: null,
      evidence: { ...neckReferral.evidence, doseBasis: { ...neckReferral.evidence.doseBasis, cptCode: "97140" } },
    });
    expect(myofascial.code?.coding?.[1]).toEqual({
      system: "http://www.ama-assn.org/go/cpt",
      code: "97140",
      display: "Manual therapy techniques (includes connective tissue massage), each 15 minutes",
    });
    expect(myofascial.code?.text).toBe("Massage therapy");
  });

  test("every note is stamped with the time the referral was made", () => {
    const times = (toFhirServiceRequest(neckReferral).note ?? []).map((n) => n.time);
    expect(times.length).toBeGreaterThan(0);
    expect(new Set(times)).toEqual(new Set(["2026-03-15T10:30:00.000Z"]));
  });

  test("the notes carry the dose status, technique changes and the evidence rating in GRADE words", () => {
    const texts = notes(neckReferral);
    expect(texts).toContain("Dose status: Dose established: a dose-finding trial compared doses (Sherman 2014).");
    expect(texts).toContain("Technique changes: Bleeding risk: No deep or forceful pressure.");
    expect(texts).toContain("MassageRx evidence rating (GRADE words): certainty low, strength conditional");
  });

  test("several precautions travel in one note, separated so each stays readable", () => {
    const texts = notes({ ...neckReferral, precautions: ["Bleeding risk: gentle pressure", "Lymphedema: pressure limits on the arm"] });
    expect(texts).toContain("Precautions: Bleeding risk: gentle pressure; Lymphedema: pressure limits on the arm");
  });

  test("a dose whose figures were not checked against the study says so in the notes", () => {
    const unchecked = {
      ...neckReferral,
      evidence: {
        ...neckReferral.evidence,
        doseBasis: { ...neckReferral.evidence.doseBasis, unverified: true, unverifiedText: "Dose figures not checked against the study" },
      },
    };
    expect(notes(unchecked)).toContain("Dose figures not checked against the study");
  });

  test("a referral with nothing to add sends only the dose: no empty precaution, goal, note or rating lines", () => {
    const plain: ReferralForExport = {
      ...neckReferral,
      overrides: [],
      precautions: [],
      areasToAvoid: [],
      techniqueChanges: [],
      goals: "",
      notes: "",
      evidence: {
        ...neckReferral.evidence,
        certainty: null,
        strength: null,
        doseBasis: { ...neckReferral.evidence.doseBasis, statusText: null },
      },
    };
    expect(notes(plain)).toEqual(["Dose: 60-minute sessions, twice a week, for 4 weeks (8 sessions)"]);
    // A certainty without its strength is not half a rating.
    expect(notes({ ...plain, evidence: { ...plain.evidence, certainty: "low" } })).toHaveLength(1);
  });

  test("a referral past a defer-level stop, and a text finding set aside, each say why", () => {
    const texts = notes({
      ...neckReferral,
      overrides: [
        { kind: "safety", reason: null, reasonLabel: "Deep vein thrombosis", note: "Duplex negative today" },
        { kind: "dismissal", reason: null, reasonLabel: 'Bleeding risk ("Eliquis")', note: "Stopped last month" },
        { kind: "dose", reason: "patient-preference", reasonLabel: "Patient preference", note: "" },
      ],
    });
    expect(texts).toContain("Referred despite the safety screen — reason: Deep vein thrombosis; Duplex negative today");
    expect(texts).toContain('Safety finding set aside by the referring clinician — Bleeding risk ("Eliquis"); reason: Stopped last month');
    // A dose change with a reason code but no note ends at the reason: no dangling "; ".
    expect(texts).toContain("Dose changed from the evidence suggestion — reason: Patient preference");
  });

  test("a study with no DOI travels by its citation alone; a checked study carries no warning", () => {
    const refs = toFhirServiceRequest(neckReferral).supportingInfo ?? [];
    expect(refs[2]).toEqual({
      identifier: { system: "urn:ietf:rfc:3986", value: "https://doi.org/10.1370/afm.1602" },
      display: "Sherman KJ, et al. Ann Fam Med. 2014;12(2):112-120. doi:10.1370/afm.1602",
    });
    expect(refs[3]).toEqual({
      display: "Brattberg G. Eur J Pain. 1999;3(3):235-244. [figure not checked against the study (from a secondary source only)]",
    });
  });
});

describe("doseToTimingRepeat: figures a receiver schedules from", () => {
  test("a course length alone travels as boundsDuration in UCUM weeks, with no frequency invented", () => {
    expect(doseToTimingRepeat({ minutesPerSession: null, sessionsPerWeek: null, weeks: 6, totalSessions: null })).toEqual({
      boundsDuration: { value: 6, unit: "wk", system: "http://unitsofmeasure.org", code: "wk" },
    });
  });

  test("a typed total with no frequency still gives the number of sessions", () => {
    expect(doseToTimingRepeat({ minutesPerSession: 30, sessionsPerWeek: null, weeks: null, totalSessions: 1 })).toEqual({
      duration: 30,
      durationUnit: "min",
      count: 1,
    });
  });

  test("count is a positiveInt: a total of zero or a fraction of a session is left out, not sent invalid", () => {
    expect(doseToTimingRepeat({ minutesPerSession: null, sessionsPerWeek: null, weeks: 4, totalSessions: 7.5 })?.count).toBeUndefined();
    expect(doseToTimingRepeat({ minutesPerSession: null, sessionsPerWeek: null, weeks: 4, totalSessions: 0 })?.count).toBeUndefined();
  });

  test("1.5 sessions a week travels as 3 sessions every 2 weeks", () => {
    expect(doseToTimingRepeat({ minutesPerSession: 45, sessionsPerWeek: 1.5, weeks: 4, totalSessions: null })).toEqual({
      frequency: 3,
      period: 2,
      periodUnit: "wk",
      duration: 45,
      durationUnit: "min",
      boundsDuration: { value: 4, unit: "wk", system: "http://unitsofmeasure.org", code: "wk" },
      count: 6,
    });
  });

  test("a rate with no whole-sessions-per-whole-weeks form is left out; the weeks still travel", () => {
    const repeat = doseToTimingRepeat({ minutesPerSession: null, sessionsPerWeek: 0.05, weeks: 20, totalSessions: null });
    expect(repeat).toEqual({ boundsDuration: { value: 20, unit: "wk", system: "http://unitsofmeasure.org", code: "wk" }, count: 1 });
  });
});
