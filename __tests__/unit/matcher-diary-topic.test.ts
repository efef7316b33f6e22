import { topSlug as top } from "../support/seeded-matcher";

/**
 * Session-6 rule (docs/matching.md, "Diaries and everyday words"): a diary's opening sentence sets its topic.
 * When it dates the passage by an exercise ("The day after the half marathon.", "Post race, day two."), sore
 * legs told three or more sentences later are the delayed-onset soreness of that exercise (at the weaker
 * factor of an exercise named far from the sore muscle); so does an opening that names a first session ("My
 * first spin class."). An exercise merely named in the first sentence, not as the time anchor nor as a first
 * session, does not reach that far. Sentences written for this test, not from a labelled set.
 */

const LATER = "I slept for ten hours. Breakfast was slow. My legs are so sore this morning and walking is hard.";

test("an opening sentence dated by the race makes sore legs four sentences later exercise soreness", () => {
  expect(top(`Two days after the half marathon. ${LATER}`)).toBe("exercise-muscle-soreness");
  expect(top(`Post race, day two. ${LATER}`)).toBe("exercise-muscle-soreness");
});

test("an opening that names a first session, like a diary's title, sets the topic too", () => {
  expect(top(`My first spin class. ${LATER}`)).toBe("exercise-muscle-soreness");
});

test("a race named in the opening sentence but not as the time anchor does not reach that far", () => {
  expect(top(`I love the half marathon. ${LATER}`)).not.toBe("exercise-muscle-soreness");
});

test("without the opening sentence the same sore legs are not inferred to be exercise soreness", () => {
  expect(top(LATER)).not.toBe("exercise-muscle-soreness");
});
