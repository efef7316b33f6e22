import { applyEvidenceEdit } from "@/lib/domain/evidence/evidence-edit";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

const knee = seedEvidence.recommendations.find((r) => r.id === "knee-osteoarthritis-dose");
const firstRule = seedEvidence.safetyRules[0];
if (!knee || !firstRule) throw new Error("seed changed");

describe("applyEvidenceEdit", () => {
  test("edits an item in place and leaves the input document untouched", () => {
    const out = applyEvidenceEdit(seedEvidence, {
      kind: "recommendation",
      originalKey: knee.id,
      entity: { ...knee, minutesPerSession: { min: 45, max: 45 } },
    });
    if (!out.ok) throw new Error(out.error);
    expect(out.content.recommendations.find((r) => r.id === knee.id)?.minutesPerSession).toEqual({ min: 45, max: 45 });
    expect(out.content.recommendations).toHaveLength(seedEvidence.recommendations.length);
    expect(knee.minutesPerSession).toEqual({ min: 60, max: 60 });
  });

  test("an edit from the admin form (wording and severity only) keeps the rule's text triggers and patient text", () => {
    const wording = {
      code: firstRule.code,
      label: firstRule.label,
      finding: firstRule.finding,
      severity: firstRule.severity,
      severityNote: firstRule.severityNote,
      source: firstRule.source,
      retired: firstRule.retired,
    };
    const out = applyEvidenceEdit(seedEvidence, {
      kind: "safetyRule",
      originalKey: firstRule.code,
      entity: { ...wording, guidance: "Edited guidance." },
    });
    if (!out.ok) throw new Error(out.error);
    const edited = out.content.safetyRules.find((r) => r.code === firstRule.code);
    expect(edited?.guidance).toBe("Edited guidance.");
    expect(edited?.triggers).toEqual(firstRule.triggers);
    expect(edited?.patientText).toBe(firstRule.patientText);
  });

  test("creating with an existing key is refused on the key field", () => {
    expect(applyEvidenceEdit(seedEvidence, { kind: "safetyRule", originalKey: "", entity: firstRule })).toMatchObject({
      ok: false,
      field: "code",
    });
  });

  test("an existing item's key can't change", () => {
    const out = applyEvidenceEdit(seedEvidence, {
      kind: "safetyRule",
      originalKey: firstRule.code,
      entity: { ...firstRule, code: "renamed" },
    });
    expect(out).toMatchObject({ ok: false, field: "code" });
  });

  test("editing an item that is gone is refused", () => {
    expect(
      applyEvidenceEdit(seedEvidence, { kind: "safetyRule", originalKey: "gone", entity: { ...firstRule, code: "gone" } }),
    ).toMatchObject({
      ok: false,
    });
  });

  test("a recommendation must point at an existing condition and existing studies", () => {
    const base = { kind: "recommendation" as const, originalKey: knee.id };
    expect(applyEvidenceEdit(seedEvidence, { ...base, entity: { ...knee, conditionSlug: "nope" } })).toMatchObject({
      ok: false,
      field: "conditionSlug",
    });
    expect(applyEvidenceEdit(seedEvidence, { ...base, entity: { ...knee, studyIds: ["perlman-2012", "ghost-2030"] } })).toMatchObject({
      ok: false,
      field: "studyIds",
      error: "Unknown study: ghost-2030",
    });
  });

  test("a new study is appended", () => {
    const first = seedEvidence.studies[0];
    if (!first) throw new Error("no studies");
    const study = { ...first, id: "smith-2024" };
    const out = applyEvidenceEdit(seedEvidence, { kind: "study", originalKey: "", entity: study });
    expect(out.ok && out.content.studies.at(-1)?.id).toBe("smith-2024");
  });
});
