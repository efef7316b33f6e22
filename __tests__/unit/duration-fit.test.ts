import fc from "fast-check";
import {
  buildMatcherIndex,
  durationFits,
  matchComplaint,
  toMatcherConditions,
  type DurationCategory,
  type EvidenceDuration,
} from "@/lib/domain/matcher";
import { durationWarning } from "@/lib/domain/referral/suggest";
import type { ComplaintFacts } from "@/lib/domain/matcher/types";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/**
 * Issue 15 item 6: whether a complaint's duration fits the evidence is decided in one place
 * (lib/domain/matcher/duration-fit.ts), and the matcher and the suggestion card agree on it.
 */

const NOW = new Date("2026-06-01T00:00:00Z");
const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const neckOf = (text: string) => matchComplaint(index, text, { now: NOW }).candidates.find((c) => c.slug === "chronic-neck-pain");
const neck = seedEvidence.conditions.find((c) => c.slug === "chronic-neck-pain");
const noFacts: ComplaintFacts = { duration: null, side: null, negated: [], historical: [], family: [], hypothetical: [], redFlags: [] };
const EVIDENCE: EvidenceDuration[] = ["chronic", "subacute-or-chronic", "acute", "any"];
const CATEGORIES: DurationCategory[] = ["acute", "subacute", "chronic"];

describe("the complaint-duration fit", () => {
  test("chronic-pain evidence (12 weeks or more) does not cover a subacute complaint; subacute-or-chronic evidence does", () => {
    expect(durationFits("chronic", "subacute")).toBe(false);
    expect(durationFits("chronic", "acute")).toBe(false);
    expect(durationFits("chronic", "chronic")).toBe(true);
    expect(durationFits("subacute-or-chronic", "subacute")).toBe(true);
    expect(durationFits("subacute-or-chronic", "acute")).toBe(false);
    expect(durationFits("acute", "chronic")).toBe(false);
    expect(durationFits("any", "acute")).toBe(true);
    expect(durationFits(undefined, "subacute")).toBe(true);
  });

  test("8 weeks of neck pain against chronic neck pain trials: the matcher caps it at medium and the card warns", () => {
    expect(neck?.evidenceDuration).toBe("chronic");
    const eightWeeks = neckOf("neck pain for 8 weeks, stiff when turning");
    expect(eightWeeks?.confidence).toBe("medium");
    expect(eightWeeks?.warnings.join(" ")).toMatch(/reads as subacute; the evidence is for chronic \(12 weeks or more\) cases/);
    const facts = matchComplaint(index, "neck pain for 8 weeks, stiff when turning", { now: NOW }).facts;
    expect(neck && durationWarning(neck, facts)).toMatch(/subacute symptoms \(about 8 weeks\).*chronic \(12 weeks or more\)/);
  });

  test("4 months of neck pain fits: high, and no card warning", () => {
    const fourMonths = neckOf("neck pain for 4 months, stiff when turning");
    expect(fourMonths?.confidence).toBe("high");
    const facts = matchComplaint(index, "neck pain for 4 months, stiff when turning", { now: NOW }).facts;
    expect(neck && durationWarning(neck, facts)).toBeNull();
  });

  test("for every evidence duration and complaint duration, the card warns exactly when the matcher caps", () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVIDENCE), fc.constantFrom(...CATEGORIES), (evidence, category) => {
        const condition = {
          slug: "x",
          name: "Test condition",
          phrases: ["wobbly elbow"],
          exclusions: [],
          bodyRegion: "elbow",
          evidenceDuration: evidence,
        };
        const weeks = { acute: 2, subacute: 8, chronic: 30 }[category];
        const text = `wobbly elbow for ${weeks} weeks`;
        const result = matchComplaint(buildMatcherIndex([condition]), text, { now: NOW });
        expect(result.facts.duration?.category).toBe(category);
        const capped = result.candidates[0]?.confidence !== "high";
        const warned =
          durationWarning({ name: condition.name, evidenceDuration: evidence }, { ...noFacts, duration: result.facts.duration }) !== null;
        expect(capped).toBe(warned);
        expect(warned).toBe(!durationFits(evidence, category));
      }),
    );
  });
});
