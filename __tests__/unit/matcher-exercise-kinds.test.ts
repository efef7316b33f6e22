import { confidenceFor } from "../support/seeded-matcher";

/**
 * Session-6 vocabulary (docs/matching.md, "More everyday words"): a yoga class is strenuous exercise
 * (Compendium of Physical Activities, yoga codes 02150-02175), so sore muscles the day after one are the
 * delayed-onset soreness pattern. Yoga done for a condition stays that condition. Sentences written for
 * this test, not from a labelled set.
 */

test("sore hamstrings the day after hot yoga are exercise soreness", () => {
  expect(confidenceFor("I did hot yoga on Monday and my hamstrings are killing me.", "exercise-muscle-soreness")).toBe("high");
  expect(confidenceFor("I went to my first yoga class yesterday and my abs are so sore today.", "exercise-muscle-soreness")).toBe("high");
});

test("yoga done for chronic low back pain is still chronic low back pain", () => {
  expect(confidenceFor("I do yoga for my chronic low back pain and it helps.", "chronic-low-back-pain")).toBe("high");
  expect(confidenceFor("I do yoga for my chronic low back pain and it helps.", "exercise-muscle-soreness")).toBe("none");
});
