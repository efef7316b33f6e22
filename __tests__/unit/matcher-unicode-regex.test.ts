import fc from "fast-check";
import { AGE_SCANS } from "@/lib/domain/matcher/age";
import { DURATION_SCANS } from "@/lib/domain/matcher/duration";
import { unicodeMatchAll } from "@/lib/domain/matcher/unicode-regex";

/**
 * unicodeMatchAll is a faster text.matchAll for /giu regexes: it must give exactly the same matches —
 * index, text and groups, in order — for every text, including the characters where /i and /iu differ
 * ("ſ" and the Kelvin sign fold to ASCII letters), non-ASCII letters next to a match, and astral
 * letters (two code units, one code point).
 */
const same = (re: RegExp, text: string) => ({
  got: unicodeMatchAll(re, text).map((m) => [m.index, ...m]),
  want: [...text.matchAll(re)].map((m) => [m.index, ...m]),
});

const FRAGMENTS = [
  " ",
  "-",
  ",",
  ".",
  "/",
  "’",
  "'",
  "17",
  "3",
  "62",
  "2019",
  "x",
  "x2",
  "y",
  "yo",
  "y/o",
  "y.o.",
  "year",
  "years",
  "old",
  "of age",
  "month",
  "mos",
  "weeks",
  "days",
  "d",
  "m",
  "h",
  "ago",
  "later",
  "for",
  "the past",
  "last",
  "since",
  "march",
  "Jan",
  "dx",
  "a",
  "an",
  "few",
  "several",
  "couple of",
  "I",
  "I'm",
  "I’m",
  "am",
  "aged",
  "age",
  "my son",
  "is",
  "grader",
  "7th",
  "grade",
  "in",
  "teen",
  "Teenager",
  "infant",
  "juvenile",
  "toddler",
  "pediatric",
  "chronic",
  "sub-acute",
  "acute",
  "today",
  "yesterday",
  "longstanding",
  "decades",
  "ſ",
  "\u212a",
  "é",
  "ß",
  "İ",
  "𝐀",
  "𝟕",
  "Σ",
];
const texts = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(""));

describe("unicodeMatchAll (the age and duration scanner)", () => {
  const scans = [...AGE_SCANS, ...DURATION_SCANS];

  it("gives exactly text.matchAll's matches for every age and duration regex on any text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const re of scans) {
          const { got, want } = same(re, text);
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("keeps the cases where /i and /iu differ", () => {
    // "ſ" folds to "s" and the Kelvin sign to "k" only with /iu: the exact regex must decide.
    const teens = /\b(?:teens|kid)\b/giu;
    for (const text of ["two teenſ here", "a \u212aid", "teens", "ſkid kid"]) expect(same(teens, text).got).toEqual(same(teens, text).want);
    expect(unicodeMatchAll(teens, "two teenſ here").map((m) => m[0])).toEqual(["teenſ"]);
    // "é" is a letter to \p{L}: "5 dé" must not read as "5 d".
    const days = /(?<![\p{L}])(\d+)\s?(d|days)(?![\p{L}])/giu;
    expect(unicodeMatchAll(days, "5 dé, 6 d, é7 days, 𝐀8 days").map((m) => m[0])).toEqual(["6 d"]);
    expect(same(days, "5 dé, 6 d, é7 days, 𝐀8 days").got).toEqual(same(days, "5 dé, 6 d, é7 days, 𝐀8 days").want);
  });

  it("refuses a regex it cannot loosen safely instead of guessing", () => {
    expect(() => unicodeMatchAll(/a.b/giu, "a-b")).toThrow(/cannot loosen/);
    expect(() => unicodeMatchAll(/\p{L}x/giu, "ax")).toThrow(/cannot loosen/);
    expect(() => unicodeMatchAll(/a[^b]c/giu, "axc")).toThrow(/cannot loosen/);
  });

  it("leaves a regex without /iu to matchAll", () => {
    expect(unicodeMatchAll(/\b(\d{1,3})\s?([MF])\b/gu, "62F, 5 m, 17 M").map((m) => m[0])).toEqual(["62F", "17 M"]);
  });
});
