import fc from "fast-check";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { buildMatcherIndex, matchComplaint, toMatcherConditions } from "@/lib/domain/matcher";

const NOW = new Date("2026-06-01T00:00:00Z");
const conditions = toMatcherConditions(seedEvidence.conditions);
const index = buildMatcherIndex(conditions);
const phrases = conditions.flatMap((c) => c.phrases.map((phrase) => ({ slug: c.slug, phrase })));
const clinicalWords = [
  "LBP",
  "knee",
  "OA",
  "neck",
  "pain",
  "no",
  "denies",
  "x2y",
  "?",
  "vs",
  "mother has",
  "chronic",
  "HA",
  ";",
  ",",
  ".",
  "fibromyalga",
  "ca",
  "mets",
  "R>L",
  "c/o",
  "h/o",
  "since 2019",
  "rule out",
  "-",
  "/",
  "(",
  ")",
];
const complaint = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ maxLength: 10_000, unit: "grapheme" }),
  fc.array(fc.constantFrom(...clinicalWords, ...phrases.map((p) => p.phrase)), { maxLength: 60 }).map((w) => w.join(" ")),
);

test("never throws on any string up to 10,000 characters, and scores stay in [0, 1]", () => {
  fc.assert(
    fc.property(complaint, (text) => {
      const r = matchComplaint(index, text, { now: NOW });
      for (const c of r.candidates) {
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
        expect(["high", "medium", "low"]).toContain(c.confidence);
      }
    }),
    { numRuns: 150 },
  );
});

test("adding a negated mention never raises that condition's score", () => {
  const scoreOf = (text: string, slug: string) =>
    matchComplaint(index, text, { now: NOW }).candidates.find((c) => c.slug === slug)?.score ?? 0;
  fc.assert(
    fc.property(
      complaint,
      fc.constantFrom(...phrases),
      fc.constantFrom(". Denies ", "; no ", ". Negative for ", "; denies "),
      (text, { slug, phrase }, trigger) => {
        const before = scoreOf(text, slug);
        const after = scoreOf(`${text}${trigger}${phrase}.`, slug);
        expect(after).toBeLessThanOrEqual(before + 1e-9);
      },
    ),
    { numRuns: 300 },
  );
});

test("deterministic: the same text and now give the same result", () => {
  fc.assert(
    fc.property(complaint, (text) => {
      expect(matchComplaint(index, text, { now: NOW })).toEqual(matchComplaint(index, text, { now: NOW }));
    }),
    { numRuns: 50 },
  );
});
