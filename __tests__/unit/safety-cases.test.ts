import { buildMatcherIndex, toMatcherConditions } from "@/lib/domain/matcher";
import { answerBatchLine } from "@/lib/batch/answer-suggest-line";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { actualOf, CASES_TODAY, expectedOf, loadSafetyCases, type SuggestOutput } from "../support/safety-cases";

const snapshot: EvidenceSnapshot = { versionId: "seed", versionNumber: 1, content: seedEvidence };
const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const cases = loadSafetyCases();

test("the case table has at least 60 intakes covering every outcome", () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
  expect(new Set(cases.map((c) => c.expect.outcome))).toEqual(new Set(["clear", "precautions", "defer", "emergency"]));
  expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
});

test.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
  const out = JSON.parse(answerBatchLine(snapshot, index, JSON.stringify(c), 1, CASES_TODAY)) as SuggestOutput;
  const actual = actualOf(out);
  expect(actual).toEqual(expectedOf(c, actual.condition));
  // Every rule says what triggered it.
  for (const rule of out.safety.rules) expect(rule.trigger.length).toBeGreaterThan(0);
  // No dose for a deferred, emergency or child patient.
  if (c.expect.outcome === "defer" || c.expect.outcome === "emergency" || c.expect.codes.includes("child")) expect(out.dose).toBeNull();
});
