import { topSlug as top } from "../support/seeded-matcher";

/**
 * Session-6 rule (docs/matching.md, "Pain after an operation"): recovery diaries date themselves in their
 * own words, "Hip replacement recovery – 2 weeks" as a title, or "I am ten days out". Such a date counts like
 * "day 3" or "post-op": a title dates the diary's pain words for six sentences, and a pain sentence that says
 * "ten days out" is the operation's pain however far after it. Sentences written for this test, not from a
 * labelled set; each pair shows the same passage without the date not inferred.
 */

const DIARY = "The nights are long. My physio comes twice a week. Friends bring soup. The pain at night is the hardest part.";

test("a recovery diary titled with the weeks since the operation dates its later pain", () => {
  expect(top(`Hip replacement recovery – 2 weeks. ${DIARY}`)).toBe("post-operative-pain");
  expect(top(`Hip replacement recovery. ${DIARY}`)).not.toBe("post-operative-pain");
});

test('"ten days out" in the pain sentence says the time since the operation', () => {
  const before = "I had my appendix removed. Work has been busy. My dog missed me.";
  expect(top(`${before} I am ten days out and the pain is easing.`)).toBe("post-operative-pain");
  expect(top(`${before} I am home and the pain is easing.`)).not.toBe("post-operative-pain");
});

test("an operation still to come is not dated by the weeks", () => {
  expect(top(`My knee replacement is scheduled, 3 weeks out. ${DIARY}`)).not.toBe("post-operative-pain");
});
