import { buildMatcherIndex, matchComplaint, toMatcherConditions } from "@/lib/domain/matcher";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/**
 * The five conditions of the clinical review match through the seed's own phrases (no matcher rule names
 * them), and the look-alike diagnoses their "Not for" lists name do not match them with confidence.
 * Lines written for this test, not taken from any evaluation set.
 */

const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const NOW = new Date("2026-06-01T00:00:00Z");
const top = (text: string) => matchComplaint(index, text, { now: NOW }).candidates[0];
const confidenceFor = (text: string, slug: string) =>
  matchComplaint(index, text, { now: NOW }).candidates.find((c) => c.slug === slug)?.confidence ?? "none";

describe("the added conditions match through their phrases", () => {
  test.each([
    ["right shoulder pain for 3 months, no injury", "shoulder-pain"],
    ["painful shoulder when reaching overhead", "shoulder-pain"],
    ["plantar fasciitis L heel, worst first steps in the morning", "plantar-heel-pain"],
    ["heel pain for 6 weeks", "plantar-heel-pain"],
    ["postoperative pain, day 2 after bowel resection", "post-operative-pain"],
    ["pain after surgery on the ward", "post-operative-pain"],
    ["carpal tunnel syndrome R hand, night numbness", "carpal-tunnel-syndrome"],
    ["CTS bilateral, tingling in the fingers", "carpal-tunnel-syndrome"],
  ])("%s → %s", (text, slug) => {
    const best = top(text);
    expect(best?.slug).toBe(slug);
    expect(best?.confidence).not.toBe("low");
  });
});

describe("look-alike diagnoses are not the added conditions", () => {
  test.each([
    ["rotator cuff tear left shoulder", "shoulder-pain"],
    ["frozen shoulder, can't lift the arm", "shoulder-pain"],
    ["adhesive capsulitis with shoulder pain", "shoulder-pain"],
    ["shoulder dislocation reduced in ED today", "shoulder-pain"],
    ["calcaneal stress fracture with heel pain", "plantar-heel-pain"],
    ["thenar wasting from carpal tunnel", "carpal-tunnel-syndrome"],
  ])("%s → not %s with confidence", (text, slug) => {
    expect(["none", "low"]).toContain(confidenceFor(text, slug));
  });

  test("pain months after surgery is matched but flagged: the evidence is for the first days", () => {
    const c = matchComplaint(index, "chronic postoperative pain 8 months after hernia repair", { now: NOW }).candidates.find((x) => x.slug === "post-operative-pain");
    expect(c?.confidence).not.toBe("high");
    expect(c?.warnings.join(" ")).toMatch(/evidence is for/);
  });

  test("a listed diagnosis is matched, not treated as a different one; an unlisted look-alike still is", () => {
    expect(top("carpal tunnel syndrome")?.slug).toBe("carpal-tunnel-syndrome");
    expect(matchComplaint(index, "rheumatoid arthritis of both knees", { now: NOW }).candidates.find((c) => c.confidence === "high")).toBeUndefined();
  });
});
