import { findDuration } from "@/lib/domain/matcher/duration";
import { findSide } from "@/lib/domain/matcher/side";
import { tokenize } from "@/lib/domain/matcher/tokenize";

const NOW = new Date("2026-06-01T00:00:00Z");
const dur = (text: string) => findDuration(text, NOW);

describe("duration", () => {
  test.each([
    ["knee OA x2y", "chronic", 104.4],
    ["LBP x 2 yrs", "chronic", 104.4],
    ["neck ache x6mo", "chronic", 26.1],
    ["for 3 months", "chronic", 13],
    ["subacute LBP 7 weeks", "subacute", 7],
    ["sore for 10 days", "acute", 1.4],
    ["for over a year", "chronic", 52.2],
    ["for the past year", "chronic", 52.2],
    ["1 hour ago", "acute", 0],
  ])("%s → %s", (text, category, weeks) => {
    const d = dur(text);
    expect(d?.category).toBe(category);
    expect(d?.weeks).toBeCloseTo(weeks, 0);
  });
  test("dates are read relative to now", () => {
    expect(dur("LBP since 2019")?.category).toBe("chronic");
    expect(dur("neck pain since March")?.weeks).toBeCloseTo(13, 0);
    expect(dur("since May")?.category).toBe("acute");
    expect(dur("fibromyalgia dx 2018")?.category).toBe("chronic");
  });
  test.each([
    ["longstanding neck pain", "chronic"],
    ["for years", "chronic"],
    ["chronic LBP", "chronic"],
    ["acute LBP", "acute"],
    ["since yesterday", "acute"],
  ])("%s → %s", (text, category) => {
    expect(dur(text)?.category).toBe(category);
  });
  test("ages, frequencies and counts are not durations", () => {
    expect(dur("70 y/o with LBP")).toBeNull();
    expect(dur("headache 18 days/month")).toBeNull();
    expect(dur("failed PT x2")).toBeNull();
    expect(dur("stiff for 20 min in the morning")).toBeNull();
  });
  test("the longest duration is the complaint's; the span quotes the text", () => {
    const d = dur("LBP x 3 yrs, flare for 2 days");
    expect(d?.category).toBe("chronic");
    expect(d?.span.text).toBe("x 3 yrs");
  });
  test("a denied mention's duration does not count", () => {
    expect(findDuration("denies chronic pain", NOW, (i) => i >= 7)).toBeNull();
  });
});

describe("side", () => {
  test.each([
    ["R knee OA", "right"],
    ["L knee pain", "left"],
    ["left knee", "left"],
    ["bilat knee OA", "bilateral"],
    ["Gonarthrosis R>L", "bilateral"],
    ["both knees", "bilateral"],
    ["b/l knee pain", "bilateral"],
    ["chronic LBP", null],
  ])("%s → %s", (text, side) => {
    expect(findSide(tokenize(text))).toBe(side);
  });
});
