import { buildPatientCopy, patientCopyText, type PatientCopy, type PatientCopySectionId } from "@/lib/domain/referral/patient-copy";
import type { ReferralForExport } from "@/lib/domain/referral/fhir";
import { patientDoseLines } from "@/lib/domain/dose/dose-words";
import { safetyRules } from "@/prisma/evidence/safety-rules-seed";
import { sheetDataFixture } from "../support/referral-fixtures";

const kneeReferral: ReferralForExport = {
  id: "ref_1",
  status: "final",
  createdAt: "2026-03-15T10:30:00.000Z",
  clinician: { name: "Dr Ana Ruiz", credentials: "MD", email: "ana@clinic.test", clinicName: "Riverside Clinic", phone: "555-0100" },
  patient: { name: "Sam Lee", dob: "1960-01-31", sex: "male", mrn: null },
  condition: {
    slug: "knee-osteoarthritis",
    name: "Knee osteoarthritis",
    icd10Code: "M17.12",
    icd10Label: "Unilateral primary osteoarthritis, left knee",
  },
  modality: "Swedish massage",
  finalDose: { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
  suggestedDose: null,
  overrides: [],
  precautions: [],
  areasToAvoid: ["Recent surgery: No deep pressure over the surgical site for at least 6 weeks."],
  techniqueChanges: ["Bleeding risk: No deep or forceful pressure."],
  patientSafety: [
    {
      code: "bleeding",
      severity: "modify",
      patientText: "Because you bruise or bleed more easily, the therapist will use gentle pressure.",
    },
    {
      code: "recent-surgery",
      severity: "local",
      patientText: "The therapist will not press on the area of your operation for at least 6 weeks after it.",
    },
  ],
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
const all = (copy: PatientCopy) => copy.sections.flatMap((s) => [s.heading, ...s.lines]).join("\n");
const ruleText = (code: string) => {
  const text = safetyRules.find((r) => r.code === code)?.patientText;
  if (!text) throw new Error(`rule ${code} has no patient text`);
  return text;
};

describe("buildPatientCopy", () => {
  // Built per test, not at file load, so Stryker credits these assertions with the mutants they kill.
  let copy: PatientCopy;
  beforeEach(() => {
    copy = buildPatientCopy(kneeReferral);
  });

  test("has its sections in order, with 911 kept apart from calling the clinician", () => {
    expect(copy.sections.map((s) => s.heading)).toEqual([
      "What",
      "How often",
      "For how long",
      "What to tell your therapist",
      "Call 911 now if you have",
      "Stop the massage and call your clinician if you have",
    ]);
    const now = section(copy, "call-911").join(" ");
    const clinician = section(copy, "stop-and-call").join(" ");
    expect(now).toMatch(/Chest pain/);
    expect(now).toMatch(/bladder or bowels/);
    expect(now).toMatch(/worst you have ever had/);
    expect(now).not.toMatch(/calf|fever|bruise/i);
    expect(clinician).toMatch(/calf or leg\. This can be a blood clot/);
    expect(clinician).not.toMatch(/Chest pain|bladder/);
  });

  test("plain condition and massage words; no clinical string pasted in", () => {
    expect(section(copy, "what").slice(0, 2)).toEqual(["Massage for arthritis in your knee.", "A gentle, relaxing kind of massage."]);
    const back = buildPatientCopy({
      ...kneeReferral,
      condition: { ...kneeReferral.condition, slug: "chronic-low-back-pain", name: "Chronic (or subacute) non-specific low back pain" },
      modality: "Massage; acupressure-style may be preferred to classic Swedish; Thai massage similar to Swedish",
    });
    const text = all(back);
    expect(text).toContain("Massage for low back pain.");
    expect(text).not.toMatch(/acupressure-style|non-specific|Type of massage|Your clinician asks for this|Do not massage here|: No deep/);
    // A modality the copy has no plain words for is not pasted in either.
    const odd = buildPatientCopy({ ...kneeReferral, modality: "Manual lymphatic drainage (Vodder)" });
    expect(section(odd, "what")[1]).toBe("Massage by a trained massage therapist.");
    expect(all(odd)).not.toMatch(/Vodder/);
  });

  test("each safety rule that applied is said in the rule's own patient text, not its therapist guidance", () => {
    const tell = section(copy, "tell-therapist");
    expect(tell).toContain(kneeReferral.patientSafety[0]?.patientText);
    expect(tell).toContain(kneeReferral.patientSafety[1]?.patientText);
    expect(all(copy)).not.toMatch(/No deep or forceful pressure|surgical site/);
    // Is light massage allowed? Away from the area a rule avoids, yes: the copy says so.
    expect(tell).toContain("Massage on the rest of your body is fine.");
    const modifyOnly = buildPatientCopy({ ...kneeReferral, patientSafety: [kneeReferral.patientSafety[0]].flatMap((n) => (n ? [n] : [])) });
    expect(section(modifyOnly, "tell-therapist")).not.toContain("Massage on the rest of your body is fine.");
    expect(section(copy, "stop-and-call")[0]).toBe(
      "New or large bruises, or bleeding that will not stop. You bruise or bleed more easily.",
    );
  });

  test("from intake to copy: the real rules' patient text reaches the copy through the saved card", () => {
    const data = sheetDataFixture({ intake: { safetyFindings: ["lymphedema", "osteoporosis"] } });
    const tell = section(buildPatientCopy(data), "tell-therapist");
    expect(tell).toContain(ruleText("lymphedema"));
    expect(tell).toContain(ruleText("osteoporosis"));
    // Text found by the screen without a tick counts too: "on apixaban" is the bleeding rule.
    const apixaban = sheetDataFixture({ intake: { medications: "apixaban 5 mg twice daily" } });
    expect(section(buildPatientCopy(apixaban), "tell-therapist")).toContain(ruleText("bleeding"));
    expect(section(buildPatientCopy(apixaban), "stop-and-call").join(" ")).toMatch(/bruises/);
  });

  test("chemotherapy: fever means calling the cancer team at once; cancer: new bone pain", () => {
    const onChemo = buildPatientCopy(
      sheetDataFixture({
        slug: "cancer-related-symptoms",
        intake: { complaint: "Pain and anxiety during chemotherapy for breast cancer", safetyFindings: ["chemotherapy"] },
      }),
    );
    const call = section(onChemo, "stop-and-call");
    expect(call[0]).toBe("You are having cancer care. If you get a fever, call your cancer team right away. Do not wait.");
    expect(call).toContain("New pain in a bone, or bone pain that gets worse.");
    expect(section(onChemo, "tell-therapist")).toContain(ruleText("chemotherapy"));
    // A patient with no cancer is not told about a cancer team.
    expect(all(copy)).not.toMatch(/cancer/i);
  });

  test("lymphedema risk: new swelling of the limb", () => {
    const lymph = buildPatientCopy({
      ...kneeReferral,
      patientSafety: [{ code: "lymphedema", severity: "modify", patientText: ruleText("lymphedema") }],
    });
    expect(section(lymph, "stop-and-call")).toContain("New swelling, heaviness or tightness in the arm or leg at risk of lymphedema.");
    expect(section(copy, "stop-and-call").join(" ")).not.toMatch(/lymphedema/);
  });

  test("an overridden deferral is not printed as 'massage has to wait' on the plan the clinician went ahead with", () => {
    const dvt = { code: "dvt", severity: "defer" as const, patientText: ruleText("dvt") };
    const draft = buildPatientCopy({ ...kneeReferral, status: "draft", patientSafety: [dvt] });
    expect(section(draft, "tell-therapist")).toContain(ruleText("dvt"));
    const overridden = buildPatientCopy({
      ...kneeReferral,
      patientSafety: [dvt],
      overrides: [{ kind: "safety", reason: null, reasonLabel: "Clinician's override", note: "Duplex scan negative" }],
    });
    expect(all(overridden)).not.toContain(ruleText("dvt"));
    expect(section(overridden, "tell-therapist").join(" ")).toMatch(/Your clinician checked a health problem/);
  });

  test("a referral saved before the card kept patient text refers to the therapist's page, never to guidance", () => {
    const legacy = buildPatientCopy({ ...kneeReferral, patientSafety: [{ code: "bleeding", severity: null, patientText: null }] });
    expect(section(legacy, "tell-therapist").join(" ")).toMatch(/They are on the therapist's page/);
    expect(section(legacy, "stop-and-call")[0]).toMatch(/bruises/);
  });

  test("pregnancy text only for patients who can be pregnant", () => {
    expect(all(copy)).not.toMatch(/pregnan/i);
    const woman = { ...kneeReferral, patientSafety: [], patient: { ...kneeReferral.patient, sex: "female" as const, dob: "1990-04-02" } };
    expect(section(buildPatientCopy(woman), "tell-therapist")).toContain("Tell your therapist if you might be pregnant.");
    const pregnant = buildPatientCopy({
      ...woman,
      patientSafety: [{ code: "pregnancy", severity: "modify", patientText: ruleText("pregnancy") }],
    });
    expect(section(pregnant, "tell-therapist")).toContain(ruleText("pregnancy"));
    expect(section(pregnant, "tell-therapist")).not.toContain("Tell your therapist if you might be pregnant.");
    const older = { ...woman, patient: { ...woman.patient, dob: "1950-04-02" } };
    expect(all(buildPatientCopy(older))).not.toMatch(/pregnan/i);
    // A pregnancy note on a patient recorded as male (bad legacy data) is not printed to him.
    expect(
      all(
        buildPatientCopy({ ...kneeReferral, patientSafety: [{ code: "pregnancy", severity: null, patientText: ruleText("pregnancy") }] }),
      ),
    ).not.toMatch(/pregnan/i);
  });

  test("how often and how long are the dose model's own lines, never 'about 1.5 times a week'", () => {
    const dose = { minutesPerSession: 60, sessionsPerWeek: 1.5, weeks: 10, totalSessions: 15 };
    const c = buildPatientCopy({ ...kneeReferral, finalDose: dose });
    const lines = patientDoseLines(dose);
    expect(section(c, "how-often")).toEqual(lines.howOften);
    expect(section(c, "how-long").slice(0, -1)).toEqual(lines.howLong);
    expect(section(c, "how-often")[0]).toBe("3 times every 2 weeks.");
    expect(section(c, "how-long")).toContain("15 sessions in all.");
    expect(all(c)).not.toMatch(/\d\.\d/);
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

  test("the dose's own caveats: not established, and the unverified flag on the plan itself", () => {
    const headache = sheetDataFixture({
      slug: "tension-type-headache",
      finalDose: { minutesPerSession: 30, sessionsPerWeek: 2, weeks: 4, totalSessions: 8 },
    });
    expect(section(buildPatientCopy(headache), "how-often")).toContain(
      "No study has found how much massage works best for this. Your clinician chose this plan with you.",
    );
    expect(all(copy)).not.toMatch(/No study has found/);
    const fibro = buildPatientCopy(sheetDataFixture({ slug: "fibromyalgia" }));
    expect(section(fibro, "how-often")).toContain(
      "Part of this plan comes from a study whose numbers we could not check. Ask your clinician if you have questions.",
    );
  });

  test("contact line and plain text rendering; no codes leak in", () => {
    expect(copy.contact).toBe("Dr Ana Ruiz, MD — Riverside Clinic — 555-0100");
    const text = patientCopyText(copy);
    expect(text.startsWith("Your massage therapy plan — Sam Lee")).toBe(true);
    expect(text).toContain("How often\n- Once a week.");
    expect(text.endsWith("Questions: Dr Ana Ruiz, MD — Riverside Clinic — 555-0100")).toBe(true);
    expect(text).not.toContain("M17.12");
    expect(text).not.toContain("97124");
  });
});
