import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { buildPatientCopy, type PatientCopy } from "@/lib/domain/referral/patient-copy";
import type { PatientSafetyNote } from "@/lib/domain/referral/patient-safety";
import { BUILT_IN_RULES } from "@/lib/domain/safety/built-in-rules";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { safetyRules } from "@/prisma/evidence/safety-rules-seed";
import { sheetDataFixture } from "../support/referral-fixtures";

/**
 * Reading level of the patient copy, by the Flesch-Kincaid grade formula (npm flesch-kincaid 2.0.1, syllables
 * by npm syllable 5.0.1). The aim is grade 6-8 (issue 21). Measured on the copy's own words: headings and
 * lines, each line one sentence or more; the patient's name and the contact line are not prose.
 */
function grade(lines: readonly string[]): number {
  const words = lines.join(" ").match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const sentences = lines.reduce((n, l) => n + Math.max(1, (l.match(/[.!?](\s|$)/g) ?? []).length), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) });
}
const copyLines = (copy: PatientCopy) => copy.sections.flatMap((s) => [`${s.heading}.`, ...s.lines]);

// Every curated rule's patient text at once: the longest, densest copy a patient can get.
const everyRule: PatientSafetyNote[] = safetyRules
  .filter((r) => r.severity !== "defer" && r.patientText)
  .map((r) => ({ code: r.code, severity: r.severity, patientText: r.patientText ?? null }));

describe("patient copy reading level (Flesch-Kincaid grade)", () => {
  test.each(seedEvidence.conditions.map((c) => c.slug))("%s: grade 8 or below, even with every rule's text", (slug) => {
    const plain = buildPatientCopy(sheetDataFixture({ slug }));
    const dense = buildPatientCopy({
      ...sheetDataFixture({ slug, intake: { sex: "female", dateOfBirth: "1990-04-02" } }),
      patientSafety: everyRule,
    });
    for (const copy of [plain, dense]) {
      const g = grade(copyLines(copy));
      expect(g).toBeLessThanOrEqual(8);
      expect(g).toBeGreaterThan(1);
    }
  });

  test("every rule's own patient text reads at grade 8 or below (averaged over the rules: single lines vary)", () => {
    const texts = [
      ...safetyRules.flatMap((r) => [r.patientText, ...(r.triggers ?? []).map((t) => t.patientText)]),
      ...BUILT_IN_RULES.map((r) => r.patientText),
    ];
    const present = texts.filter((t): t is string => typeof t === "string");
    expect(present.length).toBeGreaterThan(20);
    expect(grade(present)).toBeLessThanOrEqual(8);
  });

  test("the measure can fail: the therapist's clinical wording scores well above grade 8", () => {
    const guidance = safetyRules.map((r) => r.guidance);
    expect(grade(guidance)).toBeGreaterThan(8);
    expect(
      grade([
        "Therapeutic intervention comprising myofascial manipulation is contraindicated in thrombocytopenia, coagulopathy or anticoagulation therapy.",
      ]),
    ).toBeGreaterThan(12);
  });
});
