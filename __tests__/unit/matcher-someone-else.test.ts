import { confidenceFor } from "../support/seeded-matcher";

/**
 * Session-6 rules (docs/matching.md, "Context"): a condition said of someone else is not the writer's. Besides
 * relatives, that is a professional's patients or clients ("many of my clients have low back pain"), people
 * of the writer's daily life (a coworker, a roommate) and pets ("my dog has arthritis in his knees"); a
 * plural subject says it with "have", "are", "were". The writer's own "I" ends that statement, so the
 * writer's complaint after it is matched ("my mother has fibromyalgia and I have had low back pain for a
 * year"). Sentences written for this test, not from a labelled set.
 */

test.each([
  ["I work as a massage therapist and many of my clients have low back pain.", "chronic-low-back-pain"],
  ["As a nurse I see a lot of patients with knee osteoarthritis.", "knee-osteoarthritis"],
  ["My dog has arthritis in his knees.", "knee-osteoarthritis"],
  ["My coworker has fibromyalgia.", "fibromyalgia"],
  ["My parents have knee osteoarthritis.", "knee-osteoarthritis"],
])("said of someone else, not matched: %s", (text, slug) => {
  expect(confidenceFor(text, slug)).toBe("none");
});

test("the same conditions said of the writer are high", () => {
  expect(confidenceFor("I have low back pain.", "chronic-low-back-pain")).toBe("high");
  expect(confidenceFor("I have arthritis in my knees.", "knee-osteoarthritis")).toBe("high");
  expect(confidenceFor("I have fibromyalgia.", "fibromyalgia")).toBe("high");
});

test("the writer's own complaint after a relative's is the writer's", () => {
  expect(confidenceFor("My mother has fibromyalgia and I have had low back pain for a year.", "chronic-low-back-pain")).toBe("high");
  expect(confidenceFor("My mother has fibromyalgia and I have had low back pain for a year.", "fibromyalgia")).toBe("none");
});
