import { db } from "@/lib/db/client";
import { getCurrentEvidence, listVersions } from "@/lib/data/evidence";
import { seedEvidenceOnly } from "@/prisma/seed";

const SLUGS = [
  "cancer-related-symptoms",
  "chronic-low-back-pain",
  "chronic-neck-pain",
  "exercise-muscle-soreness",
  "fibromyalgia",
  "knee-osteoarthritis",
  "tension-type-headache",
  // Added by the clinical review of 2026-12-01.
  "plantar-heel-pain",
  "shoulder-pain",
  "carpal-tunnel-syndrome",
  "hand-pain",
  "post-operative-pain",
].sort();

describe("evidence seed in the database", () => {
  beforeAll(async () => {
    await seedEvidenceOnly(db);
  });

  test("all twelve condition slugs are present in the current version", async () => {
    const current = await getCurrentEvidence();
    expect(current?.content.conditions.map((c) => c.slug).sort()).toEqual(SLUGS);
  });

  test("every recommendation cites at least one study that exists", async () => {
    const current = await getCurrentEvidence();
    if (!current) throw new Error("no evidence");
    const ids = new Set(current.content.studies.map((s) => s.id));
    expect(current.content.recommendations).toHaveLength(SLUGS.length);
    for (const rec of current.content.recommendations) {
      expect(rec.studyIds.length).toBeGreaterThan(0);
      for (const id of rec.studyIds) expect(ids.has(id)).toBe(true);
    }
  });

  test("figures the reference marks UNVERIFIED are stored as unverified", async () => {
    const current = await getCurrentEvidence();
    const unverified = current?.content.studies.filter((s) => !s.verified) ?? [];
    // Brattberg 1999 (fibromyalgia) is the study whose figures come only from the source article.
    expect(unverified.map((s) => s.id)).toEqual(["brattberg-1999"]);
    expect(current?.content.studies.some((s) => s.verified)).toBe(true);
  });

  test("re-seeding is a no-op: no new version, same content", async () => {
    const before = await listVersions();
    const again = await seedEvidenceOnly(db);
    expect(again.created).toBe(false);
    const after = await listVersions();
    expect(after.map((v) => v.id)).toEqual(before.map((v) => v.id));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ source: "seed", number: 1, changes: ["Initial evidence base"] });
  });
});
