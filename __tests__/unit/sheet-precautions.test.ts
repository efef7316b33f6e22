/**
 * What a referral sheet prints under "Precautions", and what it says when the clinician overrode the safety
 * screen. The lines are the screen's own wording (safetyLine in lib/domain/referral/safety-screen.ts, as
 * the seeded rules print them); each case is built inside its test (docs/mutation-testing.md).
 */
import { deferredFindingOf, precautionsPrintedOnce, safetyOverrideText, sheetPrecautions } from "@/lib/domain/referral/sheet-precautions";

const BLEEDING =
  "Change technique — Bleeding risk: No deep or forceful pressure; light pressure only; watch for bruising (source: Mayo Clinic)";
const BLEEDING_GROUPED = "Bleeding risk: No deep or forceful pressure; light pressure only; watch for bruising.";
const VARICOSE =
  "Avoid the area — Varicose veins or thrombophlebitis: No pressure over varicose veins or an inflamed vein (source: Batavia 2004)";
const VARICOSE_GROUPED = "Varicose veins or thrombophlebitis: No pressure over varicose veins or an inflamed vein.";
const KNEE_OA_OWN = "Avoid deep pressure over a swollen, hot joint";
const DVT =
  "Do not refer now — Deep vein thrombosis: Do not refer until DVT excluded/treated (anticoagulated); then avoid the affected limb (source: Mayo Clinic)";
const THUNDERCLAP =
  "Emergency: do not refer — Emergency red flag: thunderclap headache (possible subarachnoid haemorrhage): Emergency medical assessment instead of referral (source: SNOOP4)";
const CURATED_EMERGENCY = "Emergency: do not refer — Cauda equina syndrome: emergency assessment today (source: ACP 2017)";
const LEGACY_BUILT_IN = "Do not refer now — Emergency red flag: Cauda equina syndrome: emergency assessment today (source: ACP 2017)";

describe("each precaution is printed once", () => {
  test("a line printed under technique changes or areas to avoid is not repeated under precautions; the recommendation's own stays", () => {
    expect(precautionsPrintedOnce([KNEE_OA_OWN, BLEEDING, VARICOSE], [BLEEDING_GROUPED, VARICOSE_GROUPED])).toEqual([KNEE_OA_OWN]);
  });

  test("only the grouped lines' own wording removes a precaution: an unrelated one stays", () => {
    expect(precautionsPrintedOnce([BLEEDING, VARICOSE], [VARICOSE_GROUPED])).toEqual([BLEEDING]);
  });

  test("the grouped line matches without its final full stop and surrounding spaces", () => {
    expect(precautionsPrintedOnce([BLEEDING], [`  ${BLEEDING_GROUPED}  `])).toEqual([]);
  });

  test("a grouped line of several sentences (pregnancy and its trimester) is still recognised: only its final full stop is dropped", () => {
    const pregnancy =
      "Change technique — Pregnancy: Prenatal-trained therapist; discuss with the obstetric provider. Second trimester: side-lying positioning (source: ACOG)";
    const grouped = "Pregnancy: Prenatal-trained therapist; discuss with the obstetric provider. Second trimester: side-lying positioning.";
    expect(precautionsPrintedOnce([pregnancy, KNEE_OA_OWN], [grouped])).toEqual([KNEE_OA_OWN]);
  });

  test("an empty grouped line removes nothing (an empty string is inside every line)", () => {
    expect(precautionsPrintedOnce([KNEE_OA_OWN, BLEEDING], ["", " . "])).toEqual([KNEE_OA_OWN, BLEEDING]);
  });

  test("a precaution given twice is printed once, in its first place", () => {
    expect(precautionsPrintedOnce([BLEEDING, KNEE_OA_OWN, BLEEDING], [])).toEqual([BLEEDING, KNEE_OA_OWN]);
  });
});

describe("the finding a stop line names", () => {
  test("a defer line names its finding", () => {
    expect(deferredFindingOf(DVT)).toBe("Deep vein thrombosis");
  });

  test("a curated emergency is named as an emergency", () => {
    expect(deferredFindingOf(CURATED_EMERGENCY)).toBe("Emergency: Cauda equina syndrome");
  });

  test("a built-in emergency names the red flag itself, not the words 'Emergency red flag'", () => {
    expect(deferredFindingOf(THUNDERCLAP)).toBe("Emergency: thunderclap headache (possible subarachnoid haemorrhage)");
  });

  test("a stored line from before emergencies had their own prefix keeps both parts of its built-in label", () => {
    expect(deferredFindingOf(LEGACY_BUILT_IN)).toBe("Emergency red flag: Cauda equina syndrome");
  });
});

describe("what the sheet says about an override", () => {
  const title = "Safety screen overridden by the referring clinician";
  const assessed = "The referring clinician assessed this and judges massage appropriate now";

  test("an overridden deferral: not referred now because of the finding", () => {
    expect(safetyOverrideText(["Deep vein thrombosis"])).toEqual({
      title,
      reason: `The safety screen advised not to refer now because of Deep vein thrombosis. ${assessed}`,
    });
  });

  test("an overridden emergency is called an emergency with the same-day advice, never 'urgent'", () => {
    const { reason } = safetyOverrideText(["Emergency: Cauda equina syndrome"]);
    expect(reason).toBe(
      `The safety screen found Emergency: Cauda equina syndrome and advised emergency medical assessment today, instead of referral. ${assessed}`,
    );
    expect(reason).not.toMatch(/urgent/i);
  });

  test("emergencies and deferrals together: each with its own advice, every finding named", () => {
    expect(safetyOverrideText(["Deep vein thrombosis", "Emergency: Cauda equina syndrome", "Fever or infection"]).reason).toBe(
      "The safety screen found Emergency: Cauda equina syndrome and advised emergency medical assessment today, instead of referral, " +
        `and advised not to refer now because of Deep vein thrombosis; Fever or infection. ${assessed}`,
    );
  });

  test("two overridden emergencies are both named", () => {
    expect(safetyOverrideText(["Emergency: Cauda equina syndrome", "Emergency: possible pulmonary embolism"]).reason).toMatch(
      /^The safety screen found Emergency: Cauda equina syndrome; Emergency: possible pulmonary embolism and advised emergency/,
    );
  });

  test("with no finding recorded the sheet still says the screen advised against referral", () => {
    expect(safetyOverrideText([]).reason).toBe(`The safety screen advised not to refer now. ${assessed}`);
  });
});

describe("the precautions a sheet prints", () => {
  test("without an override (or on a draft) the stop lines print as the screen gave them, nothing is overridden", () => {
    expect(sheetPrecautions({ precautions: [DVT, BLEEDING, KNEE_OA_OWN], grouped: [BLEEDING_GROUPED], safetyOverridden: false })).toEqual({
      precautions: [DVT, KNEE_OA_OWN],
      overridden: [],
    });
  });

  test("with an override, 'do not refer' never prints under the prescription: each stop moves to the override, named", () => {
    const printed = sheetPrecautions({
      precautions: [THUNDERCLAP, DVT, BLEEDING, KNEE_OA_OWN, DVT],
      grouped: [BLEEDING_GROUPED],
      safetyOverridden: true,
    });
    expect(printed).toEqual({
      precautions: [KNEE_OA_OWN],
      overridden: ["Emergency: thunderclap headache (possible subarachnoid haemorrhage)", "Deep vein thrombosis"],
    });
    expect(printed.precautions.join("\n")).not.toMatch(/do not refer/i);
  });
});
