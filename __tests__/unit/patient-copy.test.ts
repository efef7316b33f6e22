import { buildPatientCopy, patientCopyText, type PatientCopy, type PatientCopySectionId } from "@/lib/domain/referral/patient-copy";
import type { ReferralForExport } from "@/lib/domain/referral/fhir";

const kneeReferral: ReferralForExport = {
  id: "ref_1",
  status: "final",
  createdAt: "2026-03-15T10:30:00.000Z",
  clinician: { name: "Dr Ana Ruiz", credentials: "MD", email: "ana@clinic.test", clinicName: "Riverside Clinic", phone: "555-0100" },
  patient: { name: "Sam Lee", dob: "1960-01-31", sex: "male", mrn: null },
  condition: { slug: "knee-osteoarthritis", name: "Knee osteoarthritis", icd10Code: "M17.12", icd10Label: "Unilateral primary osteoarthritis, left knee" },
  modality: "Swedish massage",
  finalDose: { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
  suggestedDose: null,
  overrides: [],
  precautions: [],
  areasToAvoid: ["Recent surgery: No deep pressure over the surgical site for at least 6 weeks."],
  techniqueChanges: ["Bleeding risk: No deep or forceful pressure."],
  goals: "",
  notes: "",
  evidence: {
    versionId: "v1",
    versionNumber: 1,
    recommendationId: "knee-osteoarthritis-dose",
    certainty: "moderate",
    strength: "conditional",
    studies: [],
    doseBasis: { status: "established", statusText: null, regimenStudied: null, unverified: false, unverifiedText: null, cptCode: "97124" },
  },
};

function section(copy: PatientCopy, id: PatientCopySectionId): string[] {
  const found = copy.sections.find((s) => s.id === id);
  if (!found) throw new Error(`missing section ${id}`);
  return found.lines;
}

describe("buildPatientCopy", () => {
  const copy = buildPatientCopy(kneeReferral);

  test("has the five sections in order", () => {
    expect(copy.sections.map((s) => s.heading)).toEqual([
      "What",
      "How often",
      "For how long",
      "What to tell your therapist",
      "When to stop and call",
    ]);
    expect(copy.patientName).toBe("Sam Lee");
  });

  test("what, how often and for how long in plain words", () => {
    expect(section(copy, "what")[0]).toBe("Massage therapy for knee osteoarthritis.");
    expect(section(copy, "what")).toContain("Type of massage: Swedish massage.");
    expect(section(copy, "how-often")).toEqual(["Once a week.", "Each session lasts about 60 minutes."]);
    expect(section(copy, "how-long").slice(0, 2)).toEqual(["For 8 weeks.", "8 sessions in all."]);
  });

  test("what to tell the therapist includes this patient's technique changes and areas to avoid", () => {
    const tell = section(copy, "tell-therapist");
    expect(tell).toContain("Your clinician asks for this: Bleeding risk: No deep or forceful pressure.");
    expect(tell).toContain("Do not massage here: Recent surgery: No deep pressure over the surgical site for at least 6 weeks.");
    expect(tell.join(" ")).toMatch(/blood thinners/);
  });

  test("when to stop and call: the generic stop rules and emergencies", () => {
    const stop = section(copy, "stop-and-call").join("\n");
    expect(stop).toMatch(/worse more than a day later/);
    expect(stop).toMatch(/numbness, tingling or weakness/);
    expect(stop).toMatch(/Swelling, redness, warmth or pain in a calf/);
    expect(stop).toMatch(/fever/i);
    expect(stop).toMatch(/bladder or bowels/);
  });

  test("contact line names the clinician, clinic and phone", () => {
    expect(copy.contact).toBe("Dr Ana Ruiz, MD — Riverside Clinic — 555-0100");
  });

  test("twice a week, fortnightly and other frequencies", () => {
    const often = (sessionsPerWeek: number) =>
      section(buildPatientCopy({ ...kneeReferral, finalDose: { ...kneeReferral.finalDose, sessionsPerWeek, totalSessions: null } }), "how-often")[0];
    expect(often(2)).toBe("Twice a week.");
    expect(often(3)).toBe("3 times a week.");
    // Exact whole sessions per whole weeks, the same pair FHIR Timing carries (frequency/period).
    expect(often(0.5)).toBe("Once every 2 weeks.");
    expect(often(1.5)).toBe("3 times every 2 weeks.");
  });

  test("figures the referral leaves open are said to be open, not filled in", () => {
    const open = buildPatientCopy({
      ...kneeReferral,
      finalDose: { minutesPerSession: 45, sessionsPerWeek: null, weeks: null, totalSessions: null },
    });
    expect(section(open, "how-often")[0]).toMatch(/did not set how often/);
    expect(section(open, "how-long")[0]).toMatch(/did not set how long/);
    expect(patientCopyText(open)).not.toMatch(/null|undefined|NaN/);
  });

  test("a single session (exercise soreness)", () => {
    const single = buildPatientCopy({
      ...kneeReferral,
      condition: { ...kneeReferral.condition, name: "Muscle soreness and damage after strenuous exercise" },
      finalDose: { minutesPerSession: 10, sessionsPerWeek: null, weeks: null, totalSessions: 1 },
    });
    expect(section(single, "how-often")).toEqual(["One session.", "Each session lasts about 10 minutes."]);
    expect(section(single, "how-long")).toEqual(["Then see your clinician to decide together whether to continue."]);
  });

  test("plain text rendering has the title, headings and bullet lines", () => {
    const text = patientCopyText(copy);
    expect(text.startsWith("Your massage therapy plan — Sam Lee")).toBe(true);
    expect(text).toContain("How often\n- Once a week.");
    expect(text.endsWith("Questions: Dr Ana Ruiz, MD — Riverside Clinic — 555-0100")).toBe(true);
  });

  test("no clinical jargon codes leak into the patient copy", () => {
    const text = patientCopyText(copy);
    expect(text).not.toContain("M17.12");
    expect(text).not.toContain("97124");
  });
});
