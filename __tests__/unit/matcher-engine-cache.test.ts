/**
 * The matcher remembers how it read each written word (spelling folded, corrected, stemmed) per index,
 * because a long note repeats its words and every complaint re-reads the same vocabulary. The reading
 * depends on the condition set (the speller corrects towards the conditions' own words), so a changed
 * condition set must give the new answer, never the remembered one.
 */
import { buildMatcherIndex, matchComplaint, type MatcherCondition } from "@/lib/domain/matcher";

const NOW = new Date("2026-06-01T00:00:00Z");

const condition = (slug: string, phrase: string): MatcherCondition => ({
  slug,
  name: phrase,
  phrases: [phrase],
  exclusions: [],
  bodyRegion: "back",
});

// A typo one edit away from the first set's word, and from neither word of the second set.
const COMPLAINT = "chronic spondylalgiia for years";

describe("word readings are remembered per condition set", () => {
  test("a changed condition set corrects towards its own words, not the remembered ones", () => {
    const first = buildMatcherIndex([condition("spondylalgia", "chronic spondylalgia")]);
    const a = matchComplaint(first, COMPLAINT, { now: NOW });
    expect(a.candidates[0]?.slug).toBe("spondylalgia");
    expect(a.candidates[0]?.matched[0]?.why).toMatch(/"spondylalgiia" read as "spondylalgia"/);

    // Same typo, another evidence base: the old correction must not leak into it.
    const second = buildMatcherIndex([condition("coccydynia", "chronic coccydynia")]);
    const b = matchComplaint(second, COMPLAINT, { now: NOW });
    expect(b.candidates.map((c) => c.slug)).not.toContain("spondylalgia");
    expect(JSON.stringify(b)).not.toMatch(/read as "spondylalgia"/);

    // A third set whose word is a different correction of the same typo gets that correction.
    const third = buildMatcherIndex([condition("spondylalgiic", "chronic spondylalgiic")]);
    const c = matchComplaint(third, COMPLAINT, { now: NOW });
    expect(c.candidates[0]?.slug).toBe("spondylalgiic");
    expect(c.candidates[0]?.matched[0]?.why).toMatch(/"spondylalgiia" read as "spondylalgiic"/);

    // The first index still answers as before (its memo is its own).
    expect(matchComplaint(first, COMPLAINT, { now: NOW })).toEqual(a);
  });

  test("reading the same complaint twice gives the same answer as a fresh index", () => {
    const conditions = [condition("spondylalgia", "chronic spondylalgia"), condition("coccydynia", "chronic coccydynia")];
    const warm = buildMatcherIndex(conditions);
    const texts = [COMPLAINT, "coccydyniia since March, spondylalgiia too", "nothing of the kind"];
    const first = texts.map((t) => matchComplaint(warm, t, { now: NOW }));
    const again = texts.map((t) => matchComplaint(warm, t, { now: NOW }));
    const fresh = texts.map((t) => matchComplaint(buildMatcherIndex(conditions), t, { now: NOW }));
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
  });
});
