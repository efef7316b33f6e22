import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatcherIndex } from "@/lib/domain/matcher";
import { reorderRegionQualifiers } from "@/lib/domain/matcher/icd-title";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/**
 * Rules written from the ICD-10-CM title families of `__tests__/fixtures/matcher/icd10-dev.jsonl`
 * (docs/matching.md, "ICD-10-CM titles as a development resource"): a spine region given as a comma
 * qualifier ("…, cervical region") qualifies the diagnosis before it; spondylosis "with radiculopathy" or
 * "with myelopathy" is a specific cause, "without" them is not; headache kinds of G44 other than
 * tension-type are a different headache disorder. Each test fails when its rule is removed.
 */

const NOW = new Date("2026-06-01T00:00:00Z");
const index: MatcherIndex = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const result = (text: string) => matchComplaint(index, text, { now: NOW });
const confidenceFor = (text: string, slug: string) => result(text).candidates.find((c) => c.slug === slug)?.confidence ?? "none";

describe("a spine region written after the diagnosis, as ICD-10-CM titles write it", () => {
  it.each([
    ["M47.892 Other spondylosis, cervical region", "chronic-neck-pain"],
    ["Spondylosis without myelopathy or radiculopathy, cervical region", "chronic-neck-pain"],
    ["M47.896 Other spondylosis, lumbar region", "chronic-low-back-pain"],
    ["Spondylosis without myelopathy or radiculopathy, lumbosacral region", "chronic-low-back-pain"],
  ])("%s suggests %s with high confidence", (text, slug) => {
    expect(result(text).candidates[0]?.slug).toBe(slug);
    expect(confidenceFor(text, slug)).toBe("high");
  });

  it("reads a lumbosacral spondylosis as the degenerative low back condition", () => {
    expect(confidenceFor("lumbosacral spondylosis", "chronic-low-back-pain")).toBe("high");
  });

  it("a region of no evidence condition, or another diagnosis, is still no match", () => {
    expect(result("Spondylosis without myelopathy or radiculopathy, thoracic region").candidates).toEqual([]);
    expect(result("Spinal stenosis, lumbar region").candidates.every((c) => c.confidence !== "high")).toBe(true);
  });

  it("moves the region before the diagnosis, past ICD's leading 'Other', keeping a map to the text as written", () => {
    const original = "M47.892 Other spondylosis, cervical region";
    const { text, source } = reorderRegionQualifiers(original);
    expect(text).toBe("M47.892 Other cervical spondylosis");
    expect(source).toHaveLength(text.length);
    expect([...text].every((ch, i) => original[source[i] ?? -1] === ch || ch === " ")).toBe(true);
  });

  it("shows the matched words as spans of the complaint as written", () => {
    const original = "Other spondylosis, cervical region";
    const spans = result(original).candidates[0]?.matched ?? [];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(original.length);
    }
    const covered = spans.map((s) => original.slice(s.start, s.end)).join(" ");
    expect(covered).toContain("spondylosis");
    expect(covered).toContain("cervical");
  });

  it("leaves a complaint without such a qualifier exactly as the engine reads it", () => {
    expect(reorderRegionQualifiers("chronic neck pain, worse at the desk").text).toBe("chronic neck pain, worse at the desk");
  });
});

describe("nerve root or spinal cord involvement is a specific spinal diagnosis", () => {
  it.each([
    ["Other spondylosis with radiculopathy, lumbosacral region", "chronic-low-back-pain"],
    ["lumbar spondylosis with radiculopathy", "chronic-low-back-pain"],
    ["cervical spondylosis with myelopathy", "chronic-neck-pain"],
  ])("%s is not %s with high confidence", (text, slug) => {
    expect(confidenceFor(text, slug)).not.toBe("high");
  });

  it.each([
    ["cervical spondylosis without myelopathy", "chronic-neck-pain"],
    ["chronic low back pain, no radiculopathy", "chronic-low-back-pain"],
  ])("a denied one is no cap: %s stays high for %s", (text, slug) => {
    expect(confidenceFor(text, slug)).toBe("high");
  });
});

describe("a headache of another ICD-10-CM G44 kind is not tension-type headache", () => {
  it.each([
    "G44.84 Primary exertional headache",
    "G44.81 Hypnic headache",
    "G44.40 Drug-induced headache, not elsewhere classified, not intractable",
    "G44.1 Vascular headache, not elsewhere classified",
    "G44.82 Headache associated with sexual activity",
    "Primary stabbing headache",
  ])("%s is at most low for tension-type headache", (text) => {
    expect(["low", "none"]).toContain(confidenceFor(text, "tension-type-headache"));
  });

  it("a tension-type headache is still one", () => {
    expect(confidenceFor("G44.219 Episodic tension-type headache, not intractable", "tension-type-headache")).toBe("high");
  });
});
