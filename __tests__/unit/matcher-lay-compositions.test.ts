import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatcherIndex } from "@/lib/domain/matcher";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/**
 * Lay-term compositions that replaced entries of the session-5 audit (docs/matching.md, "Audit of fitted
 * vocabulary"): forms a development line alone justified were replaced by general compositions, each from a
 * general source. Sentences written for this test, not taken from a labelled set; each test fails when its
 * composition is removed.
 */

const NOW = new Date("2026-06-01T00:00:00Z");
const index: MatcherIndex = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const candidates = (text: string) => matchComplaint(index, text, { now: NOW }).candidates;
const top = (text: string) => candidates(text)[0];

describe("lay compositions", () => {
  test("'all-over' before any pain word is widespread pain", () => {
    expect(top("For months now I have had this all-over aching")?.slug).toBe("fibromyalgia");
    expect(top("A constant all-over body soreness for a year")?.slug).toBe("fibromyalgia");
  });

  test("a gym split-routine day named by the body part is exercise", () => {
    for (const text of ["The morning after glute day my glutes are sore.", "Two days after arm day my biceps are so sore."]) {
      expect(top(text)?.slug).toBe("exercise-muscle-soreness");
      expect(top(text)?.confidence).toBe("high");
    }
  });

  test("an organ said to be taken out is an operation", () => {
    expect(top("Three days after my appendix was taken out the pain is still bad")?.slug).toBe("post-operative-pain");
    expect(top("Since my uterus was removed last week the pain has been hard to manage")?.slug).toBe("post-operative-pain");
  });

  test("radiation side effects are a cancer treatment's", () => {
    expect(top("Fatigue and aching from the radiation side effects")?.slug).toBe("cancer-related-symptoms");
  });
});
