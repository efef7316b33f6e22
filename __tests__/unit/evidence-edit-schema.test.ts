import {
  conditionToForm,
  recommendationToForm,
  safetyRuleToForm,
  saveConditionSchema,
  saveRecommendationSchema,
  saveSafetyRuleSchema,
  saveStudySchema,
  studyToForm,
} from "@/lib/schemas/evidence-edit";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

const envelope = { baseVersionId: "v1", originalKey: "x", reason: "Round trip" };

function parsed<T>(result: { success: true; data: T } | { success: false; error: { issues: unknown } }): T {
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe("curation form text round-trips every seeded item unchanged", () => {
  test.each(seedEvidence.conditions)("condition $slug", (c) => {
    expect(parsed(saveConditionSchema.safeParse({ ...envelope, entity: conditionToForm(c) })).entity).toEqual(c);
  });
  test.each(seedEvidence.studies)("study $id", (s) => {
    expect(parsed(saveStudySchema.safeParse({ ...envelope, entity: studyToForm(s) })).entity).toEqual(s);
  });
  test.each(seedEvidence.recommendations)("recommendation $id", (r) => {
    expect(parsed(saveRecommendationSchema.safeParse({ ...envelope, entity: recommendationToForm(r) })).entity).toEqual(r);
  });
  // The form edits a rule's wording, patient words and text triggers (issue 18); readings, minimum ages and
  // trimester guidance cite their sources and are kept as seeded by the edit (evidence-edit.test.ts).
  test.each(seedEvidence.safetyRules)("safety rule $code", (rule) => {
    const formFields = {
      code: rule.code,
      label: rule.label,
      finding: rule.finding,
      severity: rule.severity,
      severityNote: rule.severityNote,
      guidance: rule.guidance,
      source: rule.source,
      retired: rule.retired,
      ...(rule.patientText === undefined ? {} : { patientText: rule.patientText }),
      triggers: rule.triggers ?? [],
    };
    expect(parsed(saveSafetyRuleSchema.safeParse({ ...envelope, entity: safetyRuleToForm(rule) })).entity).toEqual(formFields);
  });
});

describe("dose text", () => {
  const rec = seedEvidence.recommendations[0];
  const withMinutes = (minutesPerSession: string) =>
    saveRecommendationSchema.safeParse({ ...envelope, entity: { ...recommendationToForm(rec ?? null), minutesPerSession } });

  test.each([
    ["60", { min: 60, max: 60 }],
    ["2-3", { min: 2, max: 3 }],
    ["20 to 60", { min: 20, max: 60 }],
    ["", null],
  ])("%p parses", (text, expected) => {
    expect(parsed(withMinutes(text)).entity.minutesPerSession).toEqual(expected);
  });

  test.each(["about an hour", "3-2", "-5", "0"])("%p is refused on the field", (text) => {
    const result = withMinutes(text);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path.slice(0, 2)).toEqual(["entity", "minutesPerSession"]);
  });

  test("a missing reason is refused", () => {
    const result = saveRecommendationSchema.safeParse({ ...envelope, reason: "  ", entity: recommendationToForm(rec ?? null) });
    expect(result.success).toBe(false);
  });
});
