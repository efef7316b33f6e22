import { confidenceFor, MATCH_NOW as NOW } from "../support/seeded-matcher";
import { findDuration } from "@/lib/domain/matcher/duration";

/**
 * Session-6 rules on how long a complaint has lasted, in patients' words (docs/matching.md, "Facts"). An onset
 * dated by a recent weekday or by this week ("last Tuesday", "since Monday", "all week", "the other day") is
 * acute, like "yesterday"; and a stated "for years" is longer than any "yesterday", so a flare of a
 * long-standing pain stays chronic. The chronic low back pain evidence does not cover an acute complaint, so
 * an acute one is never high. Sentences written for this test, not taken from a labelled set.
 */

describe("an onset on a recent day or this week is acute", () => {
  test.each(["since Monday", "last Thursday", "all week", "this past weekend", "the other day"])("%s", (words) => {
    const fact = findDuration(`My lower back has hurt ${words}.`, NOW);
    expect(fact?.category).toBe("acute");
    expect(fact?.span.text.toLowerCase()).toContain((words.split(" ").pop() ?? "").toLowerCase());
  });

  test("low back pain since a lifting job last Tuesday is not a high-confidence chronic low back pain", () => {
    expect(confidenceFor("My lower back has ached and felt tight.", "chronic-low-back-pain")).toBe("high");
    expect(confidenceFor("I moved boxes last Tuesday and my lower back has ached and felt tight all week.", "chronic-low-back-pain")).toBe(
      "medium",
    );
  });

  test("a weekday that is not an onset of this week stays out of it: no weekday, no fact", () => {
    expect(findDuration("My lower back hurts when I sit at work.", NOW)).toBeNull();
  });
});

describe("the longest stated duration wins over a recent day", () => {
  test('"for years" with a flare "yesterday" is chronic', () => {
    expect(findDuration("I have had lower back pain for years and yesterday it flared up.", NOW)?.category).toBe("chronic");
    expect(findDuration("Low back pain since childhood, worse since last Monday.", NOW)?.category).toBe("chronic");
    expect(findDuration("My neck has been stiff for months and it got worse yesterday.", NOW)?.category).toBe("chronic");
  });

  test("so a long-standing low back pain that flared yesterday is still high", () => {
    expect(confidenceFor("I have had lower back pain for years and yesterday it flared up.", "chronic-low-back-pain")).toBe("high");
  });
});
