import { preparedConditions, SEED_EVIDENCE_REASON, seedEvidence } from "@/prisma/evidence/evidence-seed";
import { evidenceContentSchema, type Study } from "@/lib/schemas/evidence";

const SLUGS = [
  "knee-osteoarthritis",
  "chronic-neck-pain",
  "tension-type-headache",
  "fibromyalgia",
  "chronic-low-back-pain",
  "cancer-related-symptoms",
  "exercise-muscle-soreness",
];
/** Added by the clinical review of 2026-12-01 (the agreed slugs of PROTOCOL.md). */
const ADDED = ["shoulder-pain", "plantar-heel-pain", "carpal-tunnel-syndrome", "hand-pain", "post-operative-pain"];
const ALL = [...SLUGS, ...ADDED];

function studyById(id: string): Study {
  const found = seedEvidence.studies.find((s) => s.id === id);
  if (!found) throw new Error(`no study ${id}`);
  return found;
}

function recFor(slug: string) {
  const found = seedEvidence.recommendations.find((r) => r.conditionSlug === slug && !r.retired);
  if (!found) throw new Error(`no recommendation for ${slug}`);
  return found;
}

function conditionFor(slug: string) {
  const found = seedEvidence.conditions.find((c) => c.slug === slug);
  if (!found) throw new Error(`no condition ${slug}`);
  return found;
}

const r = (min: number, max: number = min) => ({ min, max });

describe("seed evidence: structure", () => {
  it("validates against the evidence schema unchanged", () => {
    const parsed = evidenceContentSchema.safeParse(seedEvidence);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
    expect(parsed.data).toEqual(seedEvidence);
  });

  it("has exactly the seven reference conditions and those the review added", () => {
    expect(seedEvidence.conditions.map((c) => c.slug).sort()).toEqual([...ALL].sort());
  });

  it("has unique ids", () => {
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(seedEvidence.studies.map((s) => s.id))).toBe(true);
    expect(unique(seedEvidence.recommendations.map((x) => x.id))).toBe(true);
    expect(unique(seedEvidence.safetyRules.map((x) => x.code))).toBe(true);
  });

  it("gives every condition exactly one active recommendation", () => {
    for (const slug of ALL) {
      expect(seedEvidence.recommendations.filter((x) => x.conditionSlug === slug && !x.retired)).toHaveLength(1);
    }
    expect(seedEvidence.recommendations).toHaveLength(ALL.length);
  });

  it("cites at least one existing study from every recommendation", () => {
    const ids = new Set(seedEvidence.studies.map((s) => s.id));
    for (const rec of seedEvidence.recommendations) {
      expect(rec.studyIds.length).toBeGreaterThan(0);
      for (const id of rec.studyIds) expect(ids.has(id)).toBe(true);
    }
  });

  it("flags Brattberg 1999 as unverified and everything else as verified", () => {
    expect(seedEvidence.studies.filter((s) => !s.verified).map((s) => s.id)).toEqual(["brattberg-1999"]);
  });

  it("derives each url from the DOI, else the PMID, else none", () => {
    for (const s of seedEvidence.studies) {
      const expected = s.doi ? `https://doi.org/${s.doi}` : s.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/` : null;
      expect(s.url).toBe(expected);
    }
  });

  it("exports the version reason", () => {
    expect(SEED_EVIDENCE_REASON).toBe(
      "Evidence base from the MassageRx evidence reference, with the corrections of the clinical review of 2026-12-01",
    );
  });

  it("keeps figures out of condition descriptions", () => {
    for (const c of seedEvidence.conditions) expect(c.description).not.toMatch(/\d/);
  });
});

describe("seed evidence: conditions", () => {
  it("keeps the phrases of the reference", () => {
    expect(conditionFor("chronic-low-back-pain").phrases).toEqual(
      expect.arrayContaining(["LBP", "lumbago", "bad back", "lower back ache"]),
    );
    expect(conditionFor("cancer-related-symptoms").phrases).toEqual(
      expect.arrayContaining(["cancer-related anxiety", "cancer-related depression", "hospice"]),
    );
    expect(conditionFor("knee-osteoarthritis").phrases).toHaveLength(7);
  });

  it("keeps every ICD-10-CM code", () => {
    const codes = seedEvidence.conditions.flatMap((c) => c.icd10.map((i) => i.code));
    for (const code of [
      "M17.0",
      "M17.10",
      "M17.11",
      "M17.12",
      "M54.2",
      "G44.229",
      "G44.221",
      "M79.7",
      "M54.50",
      "M54.59",
      "G89.29",
      "G89.3",
      "M79.10",
    ]) {
      expect(codes).toContain(code);
    }
    expect(codes).not.toContain("M54.5");
  });

  it("records the 'Not for' exclusions with reasons", () => {
    expect(conditionFor("tension-type-headache").exclusions.map((e) => e.phrase)).toEqual(
      expect.arrayContaining(["migraine", "cluster headache"]),
    );
    expect(conditionFor("chronic-low-back-pain").exclusions.map((e) => e.phrase)).toEqual(
      expect.arrayContaining(["cauda equina", "sciatica with neurological deficit"]),
    );
    for (const c of seedEvidence.conditions) for (const e of c.exclusions) expect(e.reason.length).toBeGreaterThan(10);
  });

  it("sets evidence durations", () => {
    expect(conditionFor("chronic-low-back-pain").evidenceDuration).toBe("subacute-or-chronic");
    expect(conditionFor("cancer-related-symptoms").evidenceDuration).toBe("any");
    expect(conditionFor("exercise-muscle-soreness").evidenceDuration).toBe("acute");
    expect(conditionFor("fibromyalgia").evidenceDuration).toBe("chronic");
  });
});

describe("seed evidence: study figures match the reference", () => {
  it.each([
    ["perlman-2012", 125],
    ["perlman-2019", 222],
    ["sherman-2014", 228],
    ["quinn-2002", 4],
    ["brattberg-1999", 48],
    ["li-2014", 404],
    ["cherkin-2011", 401],
    ["furlan-2015", 3096],
    ["cassileth-2004", 1290],
    ["crane-2012", 11],
    ["furlan-2008", null],
    ["sagar-2007", null],
    ["mao-2022", null],
    ["qaseem-2017", null],
  ])("%s n = %p", (id, n) => {
    expect(studyById(id).n).toBe(n);
  });

  it("keeps outcome numbers verbatim", () => {
    expect(studyById("perlman-2012").outcomes).toContain("24.0 points (95% CI 15.3-32.7)");
    expect(studyById("perlman-2019").outcomes).toContain("-9.55 (-14.66 to -4.45)");
    expect(studyById("sherman-2014").outcomes).toContain("RR 4.98 (P=.005)");
    expect(studyById("li-2014").outcomes).toContain("pain SMD 0.62 (0.05-1.20)");
    expect(studyById("cherkin-2011").population).toContain("structural 132, relaxation 136, usual care 133");
    expect(studyById("furlan-2015").outcomes).toContain("pain SMD -0.75 (-0.90 to -0.60)");
    expect(studyById("brattberg-1999").outcomes).toContain("37%");
    expect(studyById("perlman-2019").followUp).toContain("175 completed");
  });

  it("keeps bibliographic details exactly", () => {
    expect(studyById("perlman-2012")).toMatchObject({
      authors: ["Perlman A"],
      etAl: true,
      journal: "PLoS One",
      volume: "7",
      issue: "2",
      pages: "e30248",
      doi: "10.1371/journal.pone.0030248",
      pmid: null,
      registration: "NCT00970008",
    });
    expect(studyById("quinn-2002")).toMatchObject({
      authors: ["Quinn C", "Chandler C", "Moraska A"],
      etAl: false,
      doi: null,
      pmid: "12356617",
      url: "https://pubmed.ncbi.nlm.nih.gov/12356617/",
    });
    expect(studyById("cherkin-2011").doi).toBe("10.1059/0003-4819-155-1-201107050-00002");
    expect(studyById("qaseem-2017")).toMatchObject({ design: "guideline", volume: "166", issue: "7", pages: "514-530" });
    expect(studyById("brattberg-1999").url).toBeNull();
  });
});

describe("seed evidence: recommendations", () => {
  it.each([
    ["knee-osteoarthritis", r(60), r(1), r(8), r(8), "moderate"],
    ["chronic-neck-pain", r(60), r(2, 3), r(4), r(8, 12), "low"],
    ["tension-type-headache", null, null, null, null, "very low"],
    ["fibromyalgia", null, r(1, 2), r(10), r(15), "very low"],
    ["chronic-low-back-pain", r(60), r(1), r(10), r(10), "low"],
    ["cancer-related-symptoms", r(20, 60), null, null, null, "low"],
    ["exercise-muscle-soreness", null, null, null, null, "low"],
  ])("%s dose", (slug, minutes, perWeek, weeks, total, certainty) => {
    const rec = recFor(slug);
    expect(rec.minutesPerSession).toEqual(minutes);
    expect(rec.sessionsPerWeek).toEqual(perWeek);
    expect(rec.weeks).toEqual(weeks);
    expect(rec.totalSessions).toEqual(total);
    expect(rec.certainty).toBe(certainty);
    expect(rec.strength).toBe("conditional");
  });

  it("records low back pain adjuncts and the conflicting ACP guidance", () => {
    const rec = recFor("chronic-low-back-pain");
    expect(rec.adjuncts).toEqual(["exercise", "education"]);
    expect(rec.guidance.find((g) => g.studyId === "qaseem-2017")?.kind).toBe("conflicting");
    expect(rec.studyIds).toContain("qaseem-2017");
  });

  it("always applies the cancer precaution", () => {
    expect(recFor("cancer-related-symptoms").precautions.join(" ")).toMatch(/no deep pressure over a tumour.*physician approval/i);
  });
});

describe("seed evidence: safety rules", () => {
  it("has the ten rules of the table (fracture split into fracture, osteoporosis, bone metastases) and the clinical review's rules", () => {
    const codes = seedEvidence.safetyRules.map((x) => x.code);
    for (const code of [
      "dvt",
      "fever-infection",
      "fracture",
      "osteoporosis",
      "bone-metastases",
      "bleeding",
      "thrombocytopenia",
      "skin",
      "recent-surgery",
      "cancer",
      "lymphedema",
      "pregnancy",
      "neuro-red-flags",
    ]) {
      expect(codes).toContain(code);
    }
    for (const code of [
      "cardiac-unstable",
      "heart-failure",
      "uncontrolled-hypertension",
      "implanted-device",
      "varicose-veins",
      "sensory-loss",
      "fragile-skin",
      "anterior-neck-older-adult",
      "abdominal-aortic-aneurysm",
      "neutropenia",
      "high-risk-pregnancy",
      "contagious-skin",
      "injection-site",
      "chemotherapy",
    ]) {
      expect(codes).toContain(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
    for (const x of seedEvidence.safetyRules) expect(x.patientText?.length).toBeGreaterThan(0);
  });

  it("keeps severities and sources", () => {
    const rule = (code: string) => seedEvidence.safetyRules.find((x) => x.code === code);
    expect(rule("dvt")?.severity).toBe("defer");
    expect(rule("skin")?.severity).toBe("local");
    expect(rule("pregnancy")?.severity).toBe("modify");
    expect(rule("fracture")?.severity).toBe("local");
    expect(rule("fracture")?.severityNote?.toLowerCase()).toContain("avoid the fracture site");
    expect(rule("osteoporosis")?.severity).toBe("modify");
    expect(rule("lymphedema")?.source).toBe("Walton (massagemag)");
    for (const x of seedEvidence.safetyRules) expect(x.source.length).toBeGreaterThan(0);
  });
});

describe("the conditions added by the review, as read in their abstracts", () => {
  it("nothing is left prepared but unseeded, and the added studies carry the figures of their abstracts", () => {
    expect(preparedConditions).toEqual([]);
    const studies = seedEvidence.studies;
    expect(studies.find((s) => s.id === "field-2011")).toMatchObject({ n: 46, doi: "10.1016/j.ctcp.2011.02.006", pmid: "21982138" });
    // Mitchinson 2007: DOI and PMID were not in what was read, so they stay empty rather than guessed.
    expect(studies.find((s) => s.id === "mitchinson-2007")).toMatchObject({ n: 605, doi: null, pmid: null, verified: true });
    expect(studies.find((s) => s.id === "moraska-2008-cts")).toMatchObject({ n: 27, pmid: "18370581" });
    expect(studies.find((s) => s.id === "elliott-2013")).toMatchObject({ n: 21, pmid: "23768278" });
    for (const slug of ADDED) expect(conditionFor(slug).lastReviewed).toBe("2026-12-01");
  });

  it("post-operative pain: a studied regimen of one evening back massage a day for up to 5 days, minutes not reported", () => {
    const rec = recFor("post-operative-pain");
    expect(rec).toMatchObject({ doseStatus: "studied", minutesPerSession: null, weeks: null, doseStudyIds: ["mitchinson-2007"] });
    expect(rec.sessionsPerWeek).toEqual({ min: 7, max: 7 });
    expect(rec.totalSessions).toEqual({ min: 1, max: 5 });
    const condition = conditionFor("post-operative-pain");
    expect(condition.icd10.map((c) => c.code)).toEqual(["G89.18"]);
    expect(condition.evidenceDuration).toBe("acute");
    expect(condition.exclusions.map((e) => e.phrase)).toEqual(expect.arrayContaining(["wound infection"]));
  });
});
