import { confidenceFor } from "../support/seeded-matcher";

/**
 * Session-6 rule (docs/matching.md, "Context"): a sentence that names a condition as past history ("I had
 * plantar fasciitis about ten years ago") tells one past episode, so the condition's other words in that
 * sentence ("... and the heel pain went on for a year") are the same past episode: low, not high. A word of
 * the present in the sentence ("now", "again", a present-tense verb), or the pain told in another sentence,
 * keeps the complaint current. Sentences written for this test, not from a labelled set.
 */

test("the heel pain of a plantar fasciitis ten years ago, told in the same sentence, is the past episode", () => {
  const text = "I had plantar fasciitis about ten years ago, and the heel pain went on for a whole year.";
  expect(confidenceFor(text, "plantar-heel-pain")).toBe("low");
  expect(confidenceFor("The heel pain went on for a whole year.", "plantar-heel-pain")).toBe("high");
});

test("the same sentence with a word of the present is a current complaint", () => {
  expect(confidenceFor("I had plantar fasciitis about ten years ago, and now my heel hurts again.", "plantar-heel-pain")).toBe("high");
  expect(confidenceFor("I had plantar fasciitis about ten years ago and the heel pain keeps me awake.", "plantar-heel-pain")).toBe("high");
});

test("a current pain told in the next sentence is not capped by the past one", () => {
  expect(confidenceFor("I had plantar fasciitis about ten years ago. This spring the heel pain came back.", "plantar-heel-pain")).toBe(
    "high",
  );
});
