import fc from "fast-check";
import { startingDose } from "@/components/intake/form-model";
import { doseBasisOf, NO_DOSE_SUGGESTED, suggestedDoseLine } from "@/lib/domain/evidence/dose-status";
import { formatDoseLine } from "@/lib/domain/evidence/dose-format";
import { toFhirServiceRequest } from "@/lib/domain/referral/fhir";
import { buildPatientCopy, patientCopyText } from "@/lib/domain/referral/patient-copy";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { buildCardForCondition } from "@/lib/domain/referral/suggest";
import { recommendationToForm, saveRecommendationSchema } from "@/lib/schemas/evidence-edit";
import { doseStatuses, recommendationSchema, type DoseRange, type EvidenceSnapshot, type Recommendation } from "@/lib/schemas/evidence";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { exampleIntake, sheetDataFixture } from "../support/referral-fixtures";

/**
 * Issue 21: a dose the evidence marks "not established" is never shown as a suggested dose — not on the
 * card, not as the dose editor's starting figures, not on the sheet, the FHIR order or the patient copy —
 * and the schema refuses to store one with figures, whoever writes it (seed or admin form).
 */

const snapshot: EvidenceSnapshot = { versionId: "ev-1", versionNumber: 1, content: seedEvidence };
const notEstablished = seedEvidence.recommendations.filter((r) => r.doseStatus === "not-established");
const base = seedEvidence.recommendations[0] as Recommendation;

test("the seed has not-established doses to test (headache, exercise soreness, shoulder)", () => {
  expect(notEstablished.map((r) => r.conditionSlug).sort()).toEqual(["exercise-muscle-soreness", "shoulder-pain", "tension-type-headache"]);
});

describe.each(notEstablished.map((r) => [r.conditionSlug, r] as const))("%s", (slug) => {
  const card = buildCardForCondition(snapshot, slug, exampleIntake(), null);

  test("the card suggests no figures and says so", () => {
    expect(card?.dose).toEqual({ minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null });
    expect(card?.doseLine).toBe(NO_DOSE_SUGGESTED);
    expect(card?.doseBasis?.status).toBe("not-established");
    expect(card?.doseBasis?.regimenStudied).toBeTruthy();
  });

  test("the dose editor starts empty", () => {
    if (!card) throw new Error("no card");
    expect(startingDose(card)).toEqual({ minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null });
  });

  test("the sheet, FHIR and patient copy carry the clinician's dose, never an evidence-suggested one", () => {
    const finalDose = { minutesPerSession: 30, sessionsPerWeek: 2, weeks: 4, totalSessions: 8 };
    const data = sheetDataFixture({ slug, finalDose });
    const sheet = buildReferralSheet(data, new Date("2026-06-01T00:00:00Z"));
    expect(sheet.suggestedDoseLine).toBeNull();
    expect(sheet.doseStatusLine).toBe("Dose status: not established by the evidence. The dose above was set by the referring clinician.");
    const notes = (toFhirServiceRequest(data).note ?? []).map((n) => n.text).join("\n");
    expect(notes).toContain(`Dose status: ${NO_DOSE_SUGGESTED}`);
    expect(notes).not.toMatch(/suggested dose:/i);
    expect(patientCopyText(buildPatientCopy(data))).not.toMatch(/suggest/i);
  });
});

const range: fc.Arbitrary<DoseRange> = fc.option(
  fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 60 })).map(([min, extra]) => ({ min, max: min + extra })),
  { nil: null },
);
const figures = fc.record({ minutesPerSession: range, sessionsPerWeek: range, weeks: range, totalSessions: range });

test("for every figure set, a not-established recommendation stores no figures and shows none", () => {
  fc.assert(
    fc.property(figures, fc.constantFrom(...doseStatuses), (dose, doseStatus) => {
      const candidate = { ...base, ...dose, doseStatus };
      const parsed = recommendationSchema.safeParse(candidate);
      const hasFigures = Object.values(dose).some((v) => v !== null);
      if (doseStatus === "not-established" && hasFigures) {
        expect(parsed.success).toBe(false);
        // The admin form refuses it too, on the dose-status field.
        const form = saveRecommendationSchema.safeParse({
          baseVersionId: "v",
          originalKey: base.id,
          reason: "Property test",
          entity: recommendationToForm(candidate),
        });
        expect(form.success).toBe(false);
        return;
      }
      expect(parsed.success).toBe(true);
      if (!parsed.success) return;
      const line = suggestedDoseLine(parsed.data, doseBasisOf(parsed.data, seedEvidence.studies));
      if (doseStatus === "not-established") expect(line).toBe(NO_DOSE_SUGGESTED);
      else expect(line.startsWith(formatDoseLine(parsed.data))).toBe(true);
    }),
  );
});

test("the fibromyalgia dose carries its unverified flag on the card, the sheet and the FHIR order", () => {
  const card = buildCardForCondition(snapshot, "fibromyalgia", exampleIntake(), null);
  expect(card?.doseLine).toMatch(/— Unverified: this dose rests on figures not checked against the study \(Brattberg 1999\)$/);
  const data = sheetDataFixture({ slug: "fibromyalgia" });
  const sheet = buildReferralSheet(data, new Date("2026-06-01T00:00:00Z"));
  expect(sheet.prescriptionLine).toMatch(/Unverified: .*Brattberg 1999/);
  expect(sheet.cptLine).toMatch(/^CPT 97140/);
  const fhir = toFhirServiceRequest(data);
  expect(fhir.code?.coding?.find((c) => c.system === "http://www.ama-assn.org/go/cpt")?.code).toBe("97140");
  expect((fhir.note ?? []).map((n) => n.text).join("\n")).toMatch(/Unverified: .*Brattberg 1999/);
});

test("when the clinician changes an unverified dose, the flag moves to the evidence's dose line", () => {
  const data = sheetDataFixture({
    slug: "fibromyalgia",
    finalDose: { minutesPerSession: 45, sessionsPerWeek: 1, weeks: 10, totalSessions: 10 },
    doseChanged: true,
    overrideReason: "patient-preference",
    overrideNote: "Prefers weekly visits",
  });
  const sheet = buildReferralSheet(data, new Date("2026-06-01T00:00:00Z"));
  expect(sheet.prescriptionLine).not.toMatch(/Unverified/);
  expect(sheet.suggestedDoseLine).toMatch(/Unverified: .*Brattberg 1999/);
});

test("every surface names an established or studied dose in words", () => {
  const knee = sheetDataFixture({ slug: "knee-osteoarthritis" });
  expect(buildReferralSheet(knee, new Date("2026-06-01T00:00:00Z")).doseStatusLine).toBe(
    "Dose status: Dose established: a dose-finding trial compared doses (Perlman 2012).",
  );
  const back = buildCardForCondition(snapshot, "chronic-low-back-pain", exampleIntake(), null);
  expect(back?.doseBasis?.statusText).toBe(
    "Dose studied, not compared: the regimen used in trials (Cherkin 2011); no trial compared doses.",
  );
  expect((toFhirServiceRequest(sheetDataFixture({ slug: "chronic-low-back-pain" })).note ?? []).map((n) => n.text)).toContain(
    "Dose status: Dose studied, not compared: the regimen used in trials (Cherkin 2011); no trial compared doses.",
  );
});
