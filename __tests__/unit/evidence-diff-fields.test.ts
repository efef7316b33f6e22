import { studyShortLabel } from "@/lib/domain/evidence/citation";
import { describeEvidenceChanges } from "@/lib/domain/evidence/evidence-diff";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import type { Condition, EvidenceContent, Recommendation, SafetyRule } from "@/lib/schemas/evidence";

/**
 * The version history lists every change to what patients are told: each dose and safety field of a
 * recommendation or rule on its own line, short text quoted before and after, long text and long lists
 * summarised as "edited", and nothing for a field that did not change.
 */

function copy(): EvidenceContent {
  return structuredClone(seedEvidence);
}

function knee(content: EvidenceContent): Recommendation {
  const rec = content.recommendations.find((r) => r.id === "knee-osteoarthritis-dose");
  if (!rec) throw new Error("seed changed: knee-osteoarthritis-dose");
  return rec;
}

function rule(content: EvidenceContent, code: string): SafetyRule {
  const found = content.safetyRules.find((r) => r.code === code);
  if (!found) throw new Error(`seed changed: ${code}`);
  return found;
}

const KNEE = "Knee osteoarthritis recommendation";

describe("a recommendation's dose and wording", () => {
  test("weeks, total sessions, dose summary, strength and a moved condition each get their own line", () => {
    const after = copy();
    const rec = knee(after);
    rec.weeks = { min: 6, max: 8 };
    rec.totalSessions = { min: 6, max: 8 };
    rec.doseSummary = "Swedish massage, 60 min, weekly, 6-8 weeks.";
    rec.strength = "strong";
    rec.conditionSlug = "chronic-neck-pain";
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      "Chronic non-specific neck pain recommendation: condition knee-osteoarthritis → chronic-neck-pain",
      "Chronic non-specific neck pain recommendation: weeks 8 → 6-8",
      "Chronic non-specific neck pain recommendation: total sessions 8 → 6-8",
      'Chronic non-specific neck pain recommendation: dose summary "Swedish massage, 60 min, once weekly, 8 weeks (8 sessions)." → "Swedish massage, 60 min, weekly, 6-8 weeks."',
      "Chronic non-specific neck pain recommendation: strength conditional → strong",
    ]);
  });

  test("adjuncts and precautions added to an empty list show '(none)' before; a long list is summarised", () => {
    const after = copy();
    knee(after).adjuncts = ["Home exercise"];
    knee(after).precautions = ["Ice after sessions", "x".repeat(81)];
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      `${KNEE}: adjuncts (none) → Home exercise`,
      `${KNEE}: precautions edited`,
    ]);
    const back = describeEvidenceChanges(after, seedEvidence);
    expect(back).toContain(`${KNEE}: adjuncts Home exercise → (none)`);
  });

  test("guidance added where there was none is quoted, and text of exactly 80 characters is still quoted", () => {
    const after = copy();
    const eighty = "y".repeat(80);
    knee(after).conflictingGuidance = eighty;
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([`${KNEE}: conflicting guidance (none) → "${eighty}"`]);
    knee(after).conflictingGuidance = `${eighty}z`;
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([`${KNEE}: conflicting guidance edited`]);
  });

  test("retiring and restoring a recommendation are said, and a new one is listed as added", () => {
    const after = copy();
    knee(after).retired = true;
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([`${KNEE}: retired`]);
    expect(describeEvidenceChanges(after, seedEvidence)).toEqual([`${KNEE}: restored`]);
    const added = copy();
    added.recommendations.push({ ...knee(added), id: "knee-osteoarthritis-second" });
    expect(describeEvidenceChanges(seedEvidence, added)).toEqual([`${KNEE} added`]);
  });
});

describe("a safety rule's wording", () => {
  test("label, finding, severity note and guidance each get their own line", () => {
    const after = copy();
    const r = rule(after, "lymphedema");
    r.label = "Lymphoedema";
    r.finding = "Lymph-node removal";
    r.severityNote = "Affected limb only";
    r.guidance = "Light pressure on the affected limb.";
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      'Safety rule "lymphedema" label "Lymphedema" → "Lymphoedema"',
      'Safety rule "lymphedema" finding "Lymphedema or lymph-node removal" → "Lymph-node removal"',
      'Safety rule "lymphedema" severity note (none) → "Affected limb only"',
      'Safety rule "lymphedema" guidance "Pressure limits on the affected limb, lifelong." → "Light pressure on the affected limb."',
    ]);
  });

  test("trimester guidance and retiring a rule are reported; restoring it too", () => {
    const after = copy();
    const pregnancy = rule(after, "pregnancy");
    pregnancy.trimesterGuidance = (pregnancy.trimesterGuidance ?? []).slice(1);
    pregnancy.retired = true;
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([
      'Safety rule "pregnancy" retired',
      'Safety rule "pregnancy" trimester guidance edited',
    ]);
    expect(describeEvidenceChanges(after, seedEvidence)).toContain('Safety rule "pregnancy" restored');
  });
});

test("conditions added and removed are listed by name", () => {
  const after = copy();
  const fibro = after.conditions.find((c) => c.slug === "fibromyalgia") as Condition;
  after.conditions = after.conditions.filter((c) => c.slug !== "fibromyalgia");
  after.conditions.push({ ...fibro, slug: "new-condition", name: "New condition" });
  const lines = describeEvidenceChanges(seedEvidence, after);
  expect(lines).toEqual(["Condition added: New condition", "Condition removed: Fibromyalgia"]);
});

describe("quoting in the history", () => {
  test("text emptied to blanks reads '(none)', and long text removed is summarised, not quoted", () => {
    const after = copy();
    knee(after).conflictingGuidance = "   ";
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([`${KNEE}: conflicting guidance (none) → (none)`]);
    const long = copy();
    knee(long).conflictingGuidance = "g".repeat(81);
    expect(describeEvidenceChanges(long, seedEvidence)).toEqual([`${KNEE}: conflicting guidance edited`]);
  });

  test("a list of exactly 80 characters is quoted; one character more, before or after, is summarised", () => {
    const eighty = copy();
    knee(eighty).adjuncts = ["a".repeat(80)];
    expect(describeEvidenceChanges(seedEvidence, eighty)).toEqual([`${KNEE}: adjuncts (none) → ${"a".repeat(80)}`]);
    const longer = copy();
    knee(longer).adjuncts = ["a".repeat(81)];
    expect(describeEvidenceChanges(seedEvidence, longer)).toEqual([`${KNEE}: adjuncts edited`]);
    expect(describeEvidenceChanges(longer, seedEvidence)).toEqual([`${KNEE}: adjuncts edited`]);
  });

  test("several newly cited studies are named together", () => {
    const after = copy();
    const [a, b] = seedEvidence.studies.filter((s) => !knee(after).studyIds.includes(s.id));
    if (!a || !b) throw new Error("seed changed");
    knee(after).studyIds = [...knee(after).studyIds, a.id, b.id];
    expect(describeEvidenceChanges(seedEvidence, after)).toEqual([`${KNEE}: now cites ${studyShortLabel(a)}, ${studyShortLabel(b)}`]);
  });
});
