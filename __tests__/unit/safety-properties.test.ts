/**
 * Properties of the safety engine that hold for every input (fast-check): an emergency finding is never
 * "clear" whatever else is ticked or written; adding a precaution never turns "defer" into "clear" (nor
 * lowers any outcome); the outcome is the most severe finding's.
 */
import fc from "fast-check";
import { screen, type ScreenOutcome } from "@/lib/domain/safety/engine";
import { BUILT_IN_RULES } from "@/lib/domain/safety/built-in-rules";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

const rules = seedEvidence.safetyRules;
const RANK: Record<ScreenOutcome, number> = { clear: 0, precautions: 1, defer: 2, emergency: 3 };
const codes = rules.map((r) => r.code);
const precautionCodes = rules.filter((r) => r.severity !== "defer").map((r) => r.code);
const emergencyCodes = BUILT_IN_RULES.map((r) => r.code);

// Free text drawn from clinical words, negations and noise, so the text screen is exercised too.
const vocabulary = [
  "no",
  "denies",
  "history of",
  "mother",
  "pain",
  "back",
  "neck",
  "knee",
  "DVT",
  "apixaban",
  "fever",
  "platelets 30",
  "pregnant",
  "osteoporosis",
  "weakness",
  "new",
  "cancer",
  "not",
  ",",
  ".",
  "hospice",
  "chills",
  "saddle numbness",
  "dark urine",
];
const text = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 8 })), { maxLength: 12 }).map((w) => w.join(" "));
const ticks = fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 6 });
const age = fc.option(
  fc.integer({ min: 0, max: 100 }).map((years) => ({ years, from: "age field" })),
  { nil: null },
);
const base = fc.record({ ticked: ticks, complaint: text, medications: text, notes: text, age });

function outcome(input: {
  ticked: string[];
  complaint: string;
  medications: string;
  notes: string;
  age: { years: number; from: string } | null;
}): ScreenOutcome {
  return screen({
    rules,
    ticked: input.ticked,
    texts: { complaint: input.complaint, medications: input.medications, notes: input.notes },
    age: input.age,
  }).outcome;
}

test("an emergency finding is never clear — in fact always emergency — whatever else is ticked or written", () => {
  fc.assert(
    fc.property(base, fc.constantFrom(...emergencyCodes), (input, emergency) => {
      expect(outcome({ ...input, ticked: [...input.ticked, emergency] })).toBe("emergency");
    }),
    { numRuns: 300 },
  );
});

test("adding a precaution never lowers the outcome: defer stays defer, nothing becomes clear", () => {
  fc.assert(
    fc.property(base, fc.constantFrom(...precautionCodes), (input, extra) => {
      const before = outcome(input);
      const after = outcome({ ...input, ticked: [...input.ticked, extra] });
      expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
      expect(after).not.toBe("clear");
      if (before === "defer") expect(after).toBe("defer");
    }),
    { numRuns: 300 },
  );
});

test("the outcome is the most severe finding's, and every finding says what triggered it", () => {
  fc.assert(
    fc.property(base, (input) => {
      const verdict = screen({
        rules,
        ticked: input.ticked,
        texts: { complaint: input.complaint, medications: input.medications, notes: input.notes },
        age: input.age,
      });
      const worst = verdict.findings[0]?.severity;
      const expected: ScreenOutcome =
        worst === undefined ? "clear" : worst === "emergency" ? "emergency" : worst === "defer" ? "defer" : "precautions";
      expect(verdict.outcome).toBe(expected);
      for (const f of verdict.findings) expect(f.triggers.length).toBeGreaterThan(0);
    }),
    { numRuns: 300 },
  );
});
