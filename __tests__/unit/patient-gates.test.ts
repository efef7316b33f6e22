import { buildCardForCondition } from "@/lib/domain/referral/suggest";
import fc from "fast-check";
import {
  CHILD_DOSE_LINE,
  gateCardForPatient,
  intakeAge,
  PREGNANCY_WARNING,
  PREGNANCY_WARNING_PRENATAL_TRAINED,
  PRENATAL_TRAINED_ONLY,
  ruledOutConditions,
  screenIntake,
} from "@/lib/domain/referral/patient-gates";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";
import { intakeSchema } from "@/lib/schemas/intake";
import { screenSafety } from "@/lib/domain/referral/safety-screen";
import type { IntakeInput } from "@/lib/schemas/intake";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

// Issue 18 "Pregnancy" and "Children": what the suggestion card says and drops for this patient.
const snapshot = { versionId: "v1", versionNumber: 1, content: seedEvidence };
const intake: IntakeInput = {
  patientName: "P",
  dateOfBirth: "1990-01-01",
  sex: "female",
  mrn: undefined,
  pregnant: false,
  pregnancyWeeks: null,
  prenatalTrainedTherapist: false,
  complaint: "chronic low back pain for 2 years",
  painLocations: [],
  duration: undefined,
  painIntensity: null,
  goals: "",
  safetyFindings: [],
  dismissedFindings: [],
  medications: "",
  notes: "",
};
const card = buildCardForCondition(snapshot, "chronic-low-back-pain", intake, null);
if (!card) throw new Error("seed has no low back pain");
const rules = seedEvidence.safetyRules;

test.each(["Thai massage", "Deep abdominal work", "Swedish massage with abdominal massage"])(
  "a pregnant patient's card drops %s (needs a prenatal-trained therapist) and says the studies were not done in pregnancy",
  (modality) => {
    const gated = gateCardForPatient({ ...card, modality }, screenSafety({ rules, findings: [], pregnant: true, pregnancyWeeks: 24 }));
    expect(gated.modality).toBeNull();
    expect(gated.warnings[0]).toBe(PREGNANCY_WARNING);
  },
);

test("a pregnant patient keeps a modality that needs no prenatal training; a patient who is not pregnant keeps Thai massage", () => {
  expect(
    gateCardForPatient({ ...card, modality: "Swedish massage" }, screenSafety({ rules, findings: [], pregnant: true, pregnancyWeeks: 10 }))
      .modality,
  ).toBe("Swedish massage");
  const notPregnant = gateCardForPatient({ ...card, modality: "Thai massage" }, screenSafety({ rules, findings: [] }));
  expect(notPregnant.modality).toBe("Thai massage");
  expect(notPregnant.warnings).not.toContain(PREGNANCY_WARNING);
});

test("a child (from the text) gets no adult dose: every figure empty and the no-evidence line", () => {
  const gated = gateCardForPatient(card, screenSafety({ rules, findings: [], complaint: "17-year-old with low back pain" }));
  expect(gated.doseLine).toBe(CHILD_DOSE_LINE);
  expect(gated.dose).toEqual({ minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null });
  expect(gated.recommendationId).toBeNull();
});

describe("pregnancy: modalities that need a prenatal-trained therapist (issue 18)", () => {
  const pregnant = { ...intake, pregnant: true, pregnancyWeeks: 20 };
  const seededModality = card.modality ?? "";

  test("the seeded low back pain modality loses only its Thai massage clause, which the card names as left out", () => {
    expect(seededModality).toMatch(/Thai massage/);
    const gated = buildCardForCondition(snapshot, "chronic-low-back-pain", pregnant, null);
    expect(gated?.modality).toBe("Massage; acupressure-style may be preferred to classic Swedish");
    expect(gated?.warnings[0]).toBe(PREGNANCY_WARNING);
    expect(gated?.warnings[1]).toMatch(/^Left out because the patient is pregnant .*: Thai massage similar to Swedish\.$/);
  });

  test("unless the referrer states the therapist is prenatal-trained: then the clause stays, marked for such a therapist only", () => {
    const gated = buildCardForCondition(snapshot, "chronic-low-back-pain", { ...pregnant, prenatalTrainedTherapist: true }, null);
    expect(gated?.modality).toBe(`${seededModality} (${PRENATAL_TRAINED_ONLY})`);
    expect(gated?.warnings[0]).toBe(PREGNANCY_WARNING_PRENATAL_TRAINED);
    expect(gated?.warnings.join(" ")).not.toMatch(/^Left out/m);
  });

  test("prenatal training changes nothing for a patient who is not pregnant, and the form's tick is dropped with the pregnancy", () => {
    const notPregnant = buildCardForCondition(snapshot, "chronic-low-back-pain", { ...intake, prenatalTrainedTherapist: true }, null);
    expect(notPregnant?.modality).toBe(seededModality);
    const parsed = intakeSchema.parse({ ...intake, mrn: "", pregnant: false, prenatalTrainedTherapist: true });
    expect(parsed.prenatalTrainedTherapist).toBe(false);
    expect(intakeSchema.parse({ ...pregnant, mrn: "", prenatalTrainedTherapist: true }).prenatalTrainedTherapist).toBe(true);
  });

  test("ticking or unticking prenatal training makes the suggestion stale (it changes what the card keeps)", () => {
    expect(intakeFingerprint({ ...pregnant, prenatalTrainedTherapist: true })).not.toBe(intakeFingerprint(pregnant));
    // Not pregnant: the tick means nothing, so it does not throw the suggestion away.
    expect(intakeFingerprint({ ...intake, prenatalTrainedTherapist: true })).toBe(intakeFingerprint(intake));
  });

  const clause = fc.oneof(
    fc.constantFrom("Thai massage", "deep abdominal work", "Swedish massage", "myofascial release", "abdominal massage", "acupressure"),
    fc.string({ maxLength: 20 }).filter((t) => !t.includes(";")),
  );
  test("property: without prenatal training a pregnant patient's card never names Thai or abdominal work as its modality; with it nothing is dropped", () => {
    const pregnancy = screenSafety({ rules, findings: [], pregnant: true, pregnancyWeeks: 30 });
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 4 }), (clauses) => {
        const modality = clauses.join("; ");
        const untrained = gateCardForPatient({ ...card, modality }, pregnancy);
        expect(untrained.modality ?? "").not.toMatch(/\b(thai|abdominal)\b/i);
        expect(untrained.warnings).toContain(PREGNANCY_WARNING);
        const trained = gateCardForPatient({ ...card, modality }, pregnancy, { prenatalTrainedTherapist: true });
        expect(trained.modality?.startsWith(modality)).toBe(true);
        const notPregnant = gateCardForPatient({ ...card, modality }, screenSafety({ rules, findings: [] }), {
          prenatalTrainedTherapist: true,
        });
        expect(notPregnant.modality).toBe(modality);
      }),
    );
  });
});

describe("the patient gates, clause by clause (mutation testing found these unpinned)", () => {
  const pregnancy = screenSafety({ rules, findings: [], pregnant: true, pregnancyWeeks: 22 });

  test("every clause left out is named, in order; a modality written without spaces or with an empty clause splits the same", () => {
    const gated = gateCardForPatient({ ...card, modality: "Thai massage;Swedish massage; ; deep abdominal work" }, pregnancy);
    expect(gated.modality).toBe("Swedish massage");
    expect(gated.warnings[1]).toBe(
      "Left out because the patient is pregnant and needs a prenatal-trained therapist for it: Thai massage; deep abdominal work.",
    );
  });

  test("a modality that needs no prenatal training is left exactly as written, with no 'left out' line and no prenatal-only mark", () => {
    const modality = "Swedish massage ;  acupressure";
    const untrained = gateCardForPatient({ ...card, modality, warnings: ["evidence warning"] }, pregnancy);
    expect(untrained.modality).toBe(modality);
    expect(untrained.warnings).toEqual([PREGNANCY_WARNING, "evidence warning"]);
    const trained = gateCardForPatient({ ...card, modality }, pregnancy, { prenatalTrainedTherapist: true });
    expect(trained.modality).toBe(modality);
  });

  test("a child's card marks every dose figure not established and puts the child warning first", () => {
    const gated = gateCardForPatient(
      { ...card, warnings: ["evidence warning"] },
      screenSafety({ rules, findings: [], age: { years: 9, from: "date of birth" } }),
    );
    expect(gated.notEstablished).toEqual(["minutesPerSession", "sessionsPerWeek", "weeks", "totalSessions"]);
    expect(gated.warnings[0]).toMatch(/under 18/);
    expect(gated.warnings).toContain("evidence warning");
  });

  test("the age comes from the date of birth, and says so; no date of birth, no age", () => {
    expect(intakeAge({ dateOfBirth: "2016-06-01" }, new Date("2026-12-01T12:00:00Z"))).toEqual({ years: 10, from: "date of birth" });
    expect(intakeAge({ dateOfBirth: "" }, new Date("2026-12-01T12:00:00Z"))).toBeNull();
  });

  test("pregnancy words in the text are not applied when the recorded sex is male", () => {
    const text = { ...intake, complaint: "low back pain, she is 20 weeks pregnant" };
    expect(screenIntake(rules, { ...text, sex: "female" }, [], null).pregnancy).not.toBeNull();
    expect(screenIntake(rules, { ...text, sex: "male" }, [], null).pregnancy).toBeNull();
  });

  test("only an affirmed juvenile arthritis rules out osteoarthritis: 'no juvenile arthritis' does not", () => {
    expect(ruledOutConditions({ complaint: "knee pain, juvenile idiopathic arthritis", notes: "" }, ["knee-osteoarthritis"])).toEqual(
      new Set(["knee-osteoarthritis"]),
    );
    expect(
      ruledOutConditions({ complaint: "knee osteoarthritis; no juvenile idiopathic arthritis", notes: "" }, ["knee-osteoarthritis"]),
    ).toEqual(new Set());
  });
});
