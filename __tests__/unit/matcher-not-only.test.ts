import { confidenceFor } from "../support/seeded-matcher";

/**
 * Session-6 pseudo-negations (docs/matching.md, "Context"): like NegEx's "not only", "not just" and "not
 * until" do not deny what follows. "It's not just my low back, my neck hurts too" names both complaints;
 * "it was not until last year that my low back pain got bad" dates it. A plain "not" still denies.
 * Sentences written for this test, not from a labelled set.
 */

test("'not just' affirms the complaint it names", () => {
  expect(confidenceFor("It's not just my low back pain, my neck hurts too.", "chronic-low-back-pain")).toBe("high");
  expect(confidenceFor("It's not my low back pain, my neck hurts.", "chronic-low-back-pain")).toBe("none");
});

test("'not until' dates the complaint, it does not deny it", () => {
  expect(confidenceFor("It was not until last year that my low back pain got bad.", "chronic-low-back-pain")).toBe("high");
  expect(confidenceFor("It was not my low back pain that got bad last year.", "chronic-low-back-pain")).toBe("none");
});
