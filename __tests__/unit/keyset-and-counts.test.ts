import fc from "fast-check";
import { decodeCursor, encodeCursor, positionFrom, readKeysetPage, type KeysetPosition } from "@/lib/domain/listing/keyset";
import {
  EXACT_COUNT_LIMIT,
  SEARCH_EXACT_COUNT_LIMIT,
  describeRowCount,
  rowCountEstimated,
  rowCountFrom,
  rowCountFromPage,
} from "@/lib/domain/listing/row-count";

interface Row {
  at: Date;
  id: string;
}
const keyOf = (r: Row) => r;
const newestFirst = (a: Row, b: Row) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** An in-memory table read the way the data layer reads the database. */
function tableFetch(rows: Row[]) {
  const sorted = [...rows].sort(newestFirst);
  return async ({ position, take }: { position: KeysetPosition | null; take: number }) => {
    if (!position) return sorted.slice(0, take);
    const c = position.cursor;
    if (position.direction === "older") return sorted.filter((r) => newestFirst(c, r) < 0).slice(0, take);
    return sorted
      .filter((r) => newestFirst(r, c) < 0)
      .reverse()
      .slice(0, take);
  };
}

describe("keyset pages", () => {
  test("cursors round-trip and anything else is no cursor", () => {
    const key = { at: new Date("2026-12-01T10:00:00.123Z"), id: "ckabc_12-3" };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    for (const bad of ["", "abc", "12.", ".x", "1.a b", "1.a'--", `1.${"x".repeat(65)}`, "9".repeat(16) + ".a"])
      expect(decodeCursor(bad)).toBeNull();
    expect(positionFrom("5.a", "6.b")?.direction).toBe("older");
    expect(positionFrom(undefined, "6.b")).toEqual({ direction: "newer", cursor: { at: new Date(6), id: "b" } });
    expect(positionFrom("junk", null)).toBeNull();
  });

  test("walking older from the newest page and back newer visits every row once, in order (any table, ties in time)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ at: fc.integer({ min: 0, max: 20 }), id: fc.stringMatching(/^[a-z0-9]{1,4}$/) }), {
          selector: (r) => r.id,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 7 }),
        async (raw, size) => {
          const rows = raw.map((r) => ({ at: new Date(r.at), id: r.id }));
          const fetch = tableFetch(rows);
          const pages = [await readKeysetPage(fetch, keyOf, null, size)];
          expect(pages[0]?.newer).toBeNull();
          for (let p = pages[0]; p?.older;) {
            p = await readKeysetPage(fetch, keyOf, positionFrom(p.older, null), size);
            pages.push(p);
          }
          expect(pages.flatMap((p) => p.rows)).toEqual([...rows].sort(newestFirst));
          expect(pages.slice(0, -1).every((p) => p.rows.length === size)).toBe(true);
          // Back up: each "newer" link shows the page before it (the top one refilled to a full page).
          for (let i = pages.length - 1; i > 0; i--) {
            const back = await readKeysetPage(fetch, keyOf, positionFrom(null, pages[i]?.newer), size);
            if (i > 1) expect(back.rows).toEqual(pages[i - 1]?.rows);
            else expect(back).toEqual(pages[0]);
          }
        },
      ),
    );
  });
});

describe("row counts", () => {
  test("exact up to the limit, then 'more than' with an estimate only when it says more", () => {
    expect(rowCountFrom(0, null)).toEqual({ exact: true, value: 0 });
    expect(rowCountFrom(EXACT_COUNT_LIMIT, 5)).toEqual({ exact: true, value: EXACT_COUNT_LIMIT });
    expect(rowCountFrom(EXACT_COUNT_LIMIT + 1, 1_234_567)).toEqual({ exact: false, moreThan: EXACT_COUNT_LIMIT, estimate: 1_234_567 });
    expect(rowCountFrom(EXACT_COUNT_LIMIT + 1, 900)).toEqual({ exact: false, moreThan: EXACT_COUNT_LIMIT, estimate: null });
  });

  test("a search is exact up to its own smaller limit, or only an estimate, worded as one", () => {
    expect(rowCountFrom(SEARCH_EXACT_COUNT_LIMIT, 40, SEARCH_EXACT_COUNT_LIMIT)).toEqual({ exact: true, value: SEARCH_EXACT_COUNT_LIMIT });
    expect(rowCountFrom(SEARCH_EXACT_COUNT_LIMIT + 1, 40, SEARCH_EXACT_COUNT_LIMIT)).toEqual({
      exact: false,
      moreThan: SEARCH_EXACT_COUNT_LIMIT,
      estimate: null,
    });
    expect(describeRowCount(rowCountFrom(SEARCH_EXACT_COUNT_LIMIT + 1, null, SEARCH_EXACT_COUNT_LIMIT), "referral", "referrals")).toBe(
      "more than 1,000 referrals",
    );
    expect(describeRowCount(rowCountEstimated(142_859), "referral", "referrals")).toBe("about 143,000 referrals (an estimate)");
    expect(describeRowCount(rowCountEstimated(1_234), "referral", "referrals")).toBe("about 1,234 referrals (an estimate)");
  });

  test("worded as exact, or as 'more than' and an estimate", () => {
    expect(describeRowCount(rowCountFrom(1, null), "referral", "referrals")).toBe("1 referral");
    expect(describeRowCount(rowCountFrom(2345, null), "referral", "referrals")).toBe("2,345 referrals");
    expect(describeRowCount(rowCountFrom(20_000, null), "event", "events")).toBe("more than 10,000 events");
    expect(describeRowCount(rowCountFrom(20_000, 9_876_543), "event", "events")).toBe(
      "more than 10,000 events (about 9.9 million in all, an estimate)",
    );
    expect(describeRowCount(rowCountFrom(20_000, 48_700), "event", "events")).toBe(
      "more than 10,000 events (about 49,000 in all, an estimate)",
    );
  });

  test("a search too common to count says only what its page has seen: exact when the newest page holds it all", () => {
    expect(rowCountFromPage(7, true, false)).toEqual({ exact: true, value: 7 });
    expect(rowCountFromPage(20, true, true)).toEqual({ exact: false, moreThan: 20, estimate: null });
    // A page further back does not know how many came before it.
    expect(rowCountFromPage(3, false, false)).toEqual({ exact: false, moreThan: 3, estimate: null });
    expect(describeRowCount(rowCountFromPage(20, true, true), "referral", "referrals")).toBe("more than 20 referrals");
  });
});
