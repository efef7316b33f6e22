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

describe("applyEvidenceEdit: what an admin is told, and what an edit leaves alone", () => {
  const fibro = seedEvidence.conditions.find((c) => c.slug === "fibromyalgia");
  if (!fibro) throw new Error("seed changed");

  test("a condition edit changes that condition only; creating one with a taken slug is refused on the slug field", () => {
    const out = applyEvidenceEdit(seedEvidence, {
      kind: "condition",
      originalKey: fibro.slug,
      entity: { ...fibro, name: "Fibromyalgia syndrome" },
    });
    if (!out.ok) throw new Error(out.error);
    expect(out.content.conditions.find((c) => c.slug === fibro.slug)?.name).toBe("Fibromyalgia syndrome");
    expect(out.content.conditions.filter((c) => c.slug !== fibro.slug)).toEqual(
      seedEvidence.conditions.filter((c) => c.slug !== fibro.slug),
    );
    expect(applyEvidenceEdit(seedEvidence, { kind: "condition", originalKey: "", entity: fibro })).toEqual({
      ok: false,
      error: "A condition with this key already exists",
      field: "slug",
    });
  });

  test("editing one recommendation leaves every other recommendation as it was", () => {
    const out = applyEvidenceEdit(seedEvidence, { kind: "recommendation", originalKey: knee.id, entity: { ...knee, modality: "Edited" } });
    if (!out.ok) throw new Error(out.error);
    expect(out.content.recommendations.filter((r) => r.id !== knee.id)).toEqual(
      seedEvidence.recommendations.filter((r) => r.id !== knee.id),
    );
  });

  test("each refusal says why in words: a gone item, a changed key, an unknown condition or study", () => {
    const study = seedEvidence.studies[0];
    if (!study) throw new Error("seed changed");
    expect(applyEvidenceEdit(seedEvidence, { kind: "study", originalKey: "gone-1999", entity: study })).toEqual({
      ok: false,
      error: "This study no longer exists in the current evidence",
    });
    expect(applyEvidenceEdit(seedEvidence, { kind: "study", originalKey: study.id, entity: { ...study, id: "renamed-2000" } })).toEqual({
      ok: false,
      error: "The key of an existing item can't change; retire it and create a new one",
      field: "id",
    });
    expect(
      applyEvidenceEdit(seedEvidence, { kind: "recommendation", originalKey: knee.id, entity: { ...knee, conditionSlug: "nowhere" } }),
    ).toEqual({
      ok: false,
      error: "No condition with this slug",
      field: "conditionSlug",
    });
    expect(
      applyEvidenceEdit(seedEvidence, {
        kind: "recommendation",
        originalKey: "",
        entity: { ...knee, id: "knee-new", studyIds: ["ghost-2001"] },
      }),
    ).toEqual({ ok: false, error: "Unknown study: ghost-2001", field: "studyIds" });
    expect(applyEvidenceEdit(seedEvidence, { kind: "recommendation", originalKey: "", entity: knee })).toMatchObject({ field: "id" });
  });

  test("a new safety rule is stored as written; an edited one keeps its trimester guidance when the form sends none", () => {
    const created = applyEvidenceEdit(seedEvidence, {
      kind: "safetyRule",
      originalKey: "",
      entity: { ...firstRule, code: "new-rule", triggers: undefined },
    });
    if (!created.ok) throw new Error(created.error);
    // Nothing is borrowed from another rule: a new rule has only the triggers it was given.
    expect(created.content.safetyRules.find((r) => r.code === "new-rule")?.triggers).toBeUndefined();
    const pregnancy = seedEvidence.safetyRules.find((r) => r.code === "pregnancy");
    if (!pregnancy?.trimesterGuidance) throw new Error("seed changed");
    const edited = applyEvidenceEdit(seedEvidence, {
      kind: "safetyRule",
      originalKey: "pregnancy",
      entity: { ...pregnancy, guidance: "Edited.", trimesterGuidance: undefined },
    });
    if (!edited.ok) throw new Error(edited.error);
    expect(edited.content.safetyRules.find((r) => r.code === "pregnancy")?.trimesterGuidance).toEqual(pregnancy.trimesterGuidance);
  });
});
