import { buildCardForCondition } from "@/lib/domain/referral/suggest";
import { CHILD_DOSE_LINE, gateCardForPatient, PREGNANCY_WARNING } from "@/lib/domain/referral/patient-gates";
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
