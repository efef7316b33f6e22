import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatcherIndex } from "@/lib/domain/matcher";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/**
 * Plantar heel pain suggested by pain of the sole, arch or foot on the first steps after rest
 * (docs/matching.md; APTA 2014 heel pain guideline). Sentences written for this test, not taken from a
 * labelled set; the first test fails when the pattern is removed.
 */

const NOW = new Date("2026-06-01T00:00:00Z");
const index: MatcherIndex = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const candidates = (text: string) => matchComplaint(index, text, { now: NOW }).candidates;
const top = (text: string) => candidates(text)[0];

describe("first-step pain of the sole, arch or foot", () => {
  test("suggests plantar heel pain, at medium", () => {
    for (const text of [
      "The bottom of my foot hurts terribly with the first steps in the morning",
      "Stabbing pain in the arch of my foot when I get out of bed",
      "My feet kill me when I first stand up after sitting",
    ]) {
      expect(top(text)?.slug).toBe("plantar-heel-pain");
      expect(top(text)?.confidence).toBe("medium");
    }
  });

  test("foot pain without the first-step sign suggests nothing", () => {
    expect(candidates("The bottom of my foot hurts after a long day").find((c) => c.slug === "plantar-heel-pain")).toBeUndefined();
  });

  test("another joint on the first steps is not plantar heel pain", () => {
    expect(top("My knee hurts with the first steps in the morning")?.slug).not.toBe("plantar-heel-pain");
  });

  test("a different diagnosis of the foot still caps it", () => {
    const c = candidates("My foot hurts when I get out of bed because of a plantar wart").find((x) => x.slug === "plantar-heel-pain");
    expect(c?.confidence ?? "low").toBe("low");
  });
});
