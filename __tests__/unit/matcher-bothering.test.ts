import { confidenceFor } from "../support/seeded-matcher";

/**
 * Session-6 lay expression (docs/matching.md, "More everyday words"): a body part that has been "bothering
 * me" (or him, her) is a complaint of it: "my neck has been bothering me for over a year" is chronic neck
 * pain. Only with the person it bothers: "what bothers me is the cost" names no body part and no pain.
 * Sentences written for this test, not from a labelled set.
 */

test("a neck bothering the patient for over a year is chronic neck pain", () => {
  expect(confidenceFor("My neck has been bothering me for over a year.", "chronic-neck-pain")).toBe("high");
  expect(confidenceFor("My neck has been with me for over a year.", "chronic-neck-pain")).toBe("none");
});

test("a carer's words for the same", () => {
  expect(confidenceFor("His lower back has been bothering him for six months.", "chronic-low-back-pain")).not.toBe("none");
});
