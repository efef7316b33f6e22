import fc from "fast-check";
import { chooseSearchPlan, walkThreshold } from "@/lib/domain/listing/search-plan";

// Issue 17: SQLite's search plan follows the share of rows a text matches, not a fixed count of matches.
describe("SQLite search plan", () => {
  test("at 1M referrals: a surname matching 2.4% of rows is read from its matches; 'neck' (1 in 7) walks the index", () => {
    expect(chooseSearchPlan(24_094, 1_000_007, 20)).toBe("in");
    expect(chooseSearchPlan(142_859, 1_000_007, 20)).toBe("walk");
    expect(chooseSearchPlan(394, 1_000_007, 20)).toBe("in");
  });

  test("at 10k referrals even 'neck' is read from its 1,400 matches: reading them is cheap at that size", () => {
    expect(chooseSearchPlan(1_429, 10_000, 20)).toBe("in");
    expect(chooseSearchPlan(10_000, 10_000, 20)).toBe("walk");
  });

  test("the CSV export, reading 500 rows at a time, walks only for an even larger share", () => {
    expect(walkThreshold(1_000_000, 500)).toBeGreaterThan(walkThreshold(1_000_000, 20));
    expect(chooseSearchPlan(142_859, 1_000_000, 500)).toBe("in");
  });

  test("property: more matches never turn a walk back into reading the matches; more rows never turn reading into a walk", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 500 }),
        (m1, m2, n1, n2, page) => {
          const [few, many] = m1 <= m2 ? [m1, m2] : [m2, m1];
          const [small, large] = n1 <= n2 ? [n1, n2] : [n2, n1];
          if (chooseSearchPlan(few, small, page) === "walk") expect(chooseSearchPlan(many, small, page)).toBe("walk");
          if (chooseSearchPlan(few, large, page) === "walk") expect(chooseSearchPlan(few, small, page)).toBe("walk");
        },
      ),
    );
  });
});
