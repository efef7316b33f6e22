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
  const resource: fhir4.ServiceRequest = toFhirServiceRequest(neckReferral);

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
    expect(resource.supportingInfo?.[1]?.identifier).toEqual({ system: "urn:massagerx:evidence-version", value: "ev_v3" });
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
