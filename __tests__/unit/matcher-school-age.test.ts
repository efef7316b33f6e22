import { confidenceFor } from "../support/seeded-matcher";
import { findAge } from "@/lib/domain/matcher/age";

/**
 * Session-6 rule (docs/matching.md, "Age"): a school stage said of the patient is an age. A high or middle
 * schooler (or a pupil "in high school") is an adolescent, one in grade, elementary or primary school a
 * child, so an adult condition is never high for them. A teacher's school, or a school of the past ("since
 * high school", "when I was in high school"), says nothing of the patient's age now. Sentences written for
 * this test, not from a labelled set.
 */

test.each([
  ["My son, a high school sophomore, has had low back pain for four months.", "adolescent"],
  ["Our high schooler has had low back pain for four months.", "adolescent"],
  ["My middle schooler has had low back pain for four months.", "adolescent"],
  ["She is in high school and has had low back pain for four months.", "adolescent"],
  ["My grade schooler has had low back pain for four months.", "child"],
  ["He is in primary school and has had low back pain for four months.", "child"],
])("%s → %s, so chronic low back pain is not high", (text, group) => {
  expect(findAge(text)?.group).toBe(group);
  expect(confidenceFor(text, "chronic-low-back-pain")).toBe("medium");
});

test("the same complaint with no school stage is high", () => {
  expect(confidenceFor("I have had low back pain for four months.", "chronic-low-back-pain")).toBe("high");
  expect(confidenceFor("She is at work and has had low back pain for four months.", "chronic-low-back-pain")).toBe("high");
});

test.each([
  "I'm a high school teacher with low back pain for four months.",
  "I have had low back pain since high school.",
  "When I was in high school I started getting low back pain, and it has lasted twenty years.",
])("not the patient's school stage now: %s", (text) => {
  expect(findAge(text)).toBeNull();
});
