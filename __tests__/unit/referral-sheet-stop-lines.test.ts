/**
 * The referral sheet's safety lines and fine print that a therapist acts on, beyond referral-sheet.test.ts:
 * when a "do not refer now" line prints as the screen gave it and when it moves into the clinician's
 * override; blank intake fields; a study's key figures; the disclaimer's exact words. Each sheet is built
 * inside its test (Stryker's `ignoreStatic`, docs/mutation-testing.md).
 */
import { buildReferralSheet, type ReferralSheetData } from "@/lib/domain/referral/referral-sheet";
import { sheetDataFixture } from "../support/referral-fixtures";

const NOW = new Date("2026-11-29T12:00:00.000Z");
const DVT_STOP = /^Do not refer now — Deep vein thrombosis/;
const KNEE_DOSE = { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 };

function dvtSheet(data: ReferralSheetData) {
  return buildReferralSheet(data, NOW);
}

describe("a 'do not refer now' line and the clinician's override", () => {
  test("a final referral that overrode the screen prints no stop line under the prescription: the override names it", () => {
    const sheet = dvtSheet(
      sheetDataFixture({ intake: { safetyFindings: ["dvt"] }, deferOverrideNote: "Duplex scan negative, DVT excluded" }),
    );
    expect(sheet.precautions.some((l) => DVT_STOP.test(l))).toBe(false);
    expect(sheet.overrides.find((o) => o.title === "Safety screen overridden by the referring clinician")?.reason).toMatch(
      /advised not to refer now because of Deep vein thrombosis/,
    );
  });

  test("a draft with the same override is not a referral yet: it prints the screen's advice as is", () => {
    const sheet = dvtSheet(
      sheetDataFixture({ status: "draft", intake: { safetyFindings: ["dvt"] }, deferOverrideNote: "Duplex scan negative, DVT excluded" }),
    );
    expect(sheet.precautions.some((l) => DVT_STOP.test(l))).toBe(true);
  });

  test("a dose change is not a safety override: the stop line stays on the sheet", () => {
    const data = sheetDataFixture({
      intake: { safetyFindings: ["dvt"] },
      finalDose: { ...KNEE_DOSE, weeks: 6, totalSessions: 6 },
      doseChanged: true,
    });
    expect(data.overrides.map((o) => o.kind)).toEqual(["dose"]);
    expect(dvtSheet(data).precautions.some((l) => DVT_STOP.test(l))).toBe(true);
  });

  test("a safety override alone does not mark the dose as changed: the prescription keeps the evidence's unverified flag", () => {
    const data = sheetDataFixture({
      slug: "fibromyalgia",
      intake: { safetyFindings: ["dvt"] },
      deferOverrideNote: "Duplex scan negative, DVT excluded",
    });
    const sheet = buildReferralSheet(data, NOW);
    expect(sheet.suggestedDoseLine).toBeNull();
    expect(sheet.prescriptionLine).toMatch(/Unverified: this dose rests on figures not checked against the study/);
  });
});

describe("blank intake fields say so", () => {
  test("medications or notes of spaces only are printed as not recorded, never as an empty value", () => {
    const data = sheetDataFixture({});
    const rows = Object.fromEntries(
      buildReferralSheet({ ...data, notes: "   ", details: { ...data.details, medications: " \n " } }, NOW).clinical.map((r) => [
        r.label,
        r.value,
      ]),
    );
    expect(rows["Medications"]).toBe("None recorded");
    expect(rows["Clinician notes"]).toBe("None");
  });
});

describe("a study's key figures", () => {
  function figuresOf(facts: Partial<ReferralSheetData["details"]["studyFacts"][number]>) {
    const data = sheetDataFixture({});
    const first = data.evidence.studies[0];
    if (!first) throw new Error("fixture has no study");
    const studyFacts = [
      { id: first.id, design: "", population: "", n: null, interventionDose: "", outcomes: "", followUp: null, ...facts },
    ];
    // A study checked against its abstract, so the figures print without the not-checked flag.
    const studies = [{ ...first, verified: true }, ...data.evidence.studies.slice(1)];
    const sheet = buildReferralSheet({ ...data, evidence: { ...data.evidence, studies }, details: { ...data.details, studyFacts } }, NOW);
    return sheet.evidence.citations[0]?.keyFigures;
  }

  test("figures with stray spaces and full stops are printed trimmed, one sentence each", () => {
    expect(figuresOf({ design: "RCT", n: 125, interventionDose: "  60 min weekly for 8 weeks. ", outcomes: " WOMAC pain " })).toBe(
      "RCT, n=125. 60 min weekly for 8 weeks. WOMAC pain.",
    );
  });

  test("a part of spaces only is left out", () => {
    expect(figuresOf({ design: "RCT", interventionDose: "   ", outcomes: "WOMAC pain" })).toBe("RCT. WOMAC pain.");
  });

  test("a study recorded with no figures at all prints none, not a lone flag or full stop", () => {
    expect(figuresOf({})).toBe("");
  });
});

test("the disclaimer, word for word: the clinician is responsible and the therapist makes their own assessment", () => {
  expect(buildReferralSheet(sheetDataFixture({}), NOW).disclaimer).toBe(
    "Decision support only. The dose was suggested by MassageRx from its evidence base and reviewed by the referring " +
      "clinician, who is responsible for this referral. It does not replace clinical judgement: the massage therapist " +
      "should make their own assessment, adapt or stop treatment if the patient's condition changes, and contact the " +
      "referring clinician with any concern.",
  );
});
