import { describeEvidenceChanges } from "@/lib/domain/evidence/evidence-diff";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import type { EvidenceContent, Study } from "@/lib/schemas/evidence";

/** A deep copy to edit, so each test starts from the untouched seed. */
function copy(): EvidenceContent {
  return structuredClone(seedEvidence);
}

function first<T>(items: T[], pick: (item: T) => boolean): T {
  const found = items.find(pick);
  if (!found) throw new Error("fixture missing");
  return found;
}

describe("describeEvidenceChanges", () => {
  it("reports nothing for identical content", () => {
    expect(describeEvidenceChanges(seedEvidence, copy())).toEqual([]);
  });

  it("reports dose changes field by field", () => {
    const after = copy();
    const rec = first(after.recommendations, (r) => r.conditionSlug === "knee-osteoarthritis");
    rec.minutesPerSession = { min: 45, max: 45 };
    rec.sessionsPerWeek = { min: 1, max: 2 };
    rec.certainty = "low";
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      "Knee osteoarthritis recommendation: minutes per session 60 → 45",
      "Knee osteoarthritis recommendation: sessions per week 1 → 1-2",
      "Knee osteoarthritis recommendation: certainty moderate → low",
    ]);
  });

  it("reports a figure becoming not established, and citation changes", () => {
    const after = copy();
    const rec = first(after.recommendations, (r) => r.conditionSlug === "chronic-neck-pain");
    rec.weeks = null;
    rec.studyIds = ["perlman-2012"];
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      "Chronic non-specific neck pain recommendation: weeks 4 → not established",
      "Chronic non-specific neck pain recommendation: now cites Perlman 2012",
      "Chronic non-specific neck pain recommendation: no longer cites Sherman 2014, Cook 2015, Ernst 2003",
    ]);
  });

  it("summarises long text edits and quotes short ones", () => {
    const after = copy();
    const rec = first(after.recommendations, (r) => r.conditionSlug === "knee-osteoarthritis");
    rec.rationale = `${rec.rationale} More.`;
    rec.modality = "Full-body massage";
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      'Knee osteoarthritis recommendation: modality "Swedish massage" → "Full-body massage"',
      "Knee osteoarthritis recommendation: rationale edited",
    ]);
  });

  it("reports an added study by short label", () => {
    const after = copy();
    const smith: Study = { ...first(after.studies, (s) => s.id === "crane-2012"), id: "smith-2024", authors: ["Smith J"], year: 2024 };
    after.studies.push(smith);
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual(["Study added: Smith 2024"]);
  });

  it("reports removed studies and edited study fields", () => {
    const after = copy();
    after.studies = after.studies.filter((s) => s.id !== "ernst-2003");
    first(after.studies, (s) => s.id === "perlman-2012").n = 126;
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual(["Study edited: Perlman 2012 (n)", "Study removed: Ernst 2003"]);
  });

  it("reports retired and restored conditions", () => {
    const after = copy();
    first(after.conditions, (c) => c.slug === "fibromyalgia").retired = true;
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual(["Condition retired: Fibromyalgia"]);
    expect(describeEvidenceChanges(after, seedEvidence)).toEqual(["Condition restored: Fibromyalgia"]);
  });

  it("reports condition edits on one line", () => {
    const after = copy();
    const c = first(after.conditions, (x) => x.slug === "chronic-neck-pain");
    c.phrases = [...c.phrases, "crick in the neck"];
    c.bodyRegion = "cervical spine";
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      "Condition edited: Chronic non-specific neck pain (body region, phrases)",
    ]);
  });

  it("reports safety rule changes field by field", () => {
    const after = copy();
    const rule = first(after.safetyRules, (r) => r.code === "lymphedema");
    rule.severity = "defer";
    rule.source = "Mayo Clinic";
    rule.patientText = "New words for the patient.";
    rule.triggers = [];
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      'Safety rule "lymphedema" severity modify → defer',
      'Safety rule "lymphedema" source "Walton (massagemag)" → "Mayo Clinic"',
      'Safety rule "lymphedema" patient text edited',
      'Safety rule "lymphedema" text triggers edited',
    ]);
  });

  it("reports added, removed and retired safety rules and recommendations", () => {
    const after = copy();
    after.safetyRules = after.safetyRules.filter((r) => r.code !== "pregnancy");
    after.safetyRules.push({ ...first(after.safetyRules, (r) => r.code === "dvt"), code: "new-rule", label: "A new rule" });
    first(after.safetyRules, (r) => r.code === "skin").retired = true;
    after.recommendations = after.recommendations.filter((r) => r.conditionSlug !== "fibromyalgia");
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      "Fibromyalgia recommendation removed",
      'Safety rule "skin" retired',
      'Safety rule added: "new-rule" (A new rule)',
      'Safety rule removed: "pregnancy" (Pregnancy)',
    ]);
  });
});
