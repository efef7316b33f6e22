import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatchResult } from "@/lib/domain/matcher";

const NOW = new Date("2026-06-01T00:00:00Z");
const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const match = (text: string): MatchResult => matchComplaint(index, text, { now: NOW });
const top = (text: string) => match(text).candidates[0]?.slug ?? null;
const confidence = (text: string, slug: string) => match(text).candidates.find((c) => c.slug === slug)?.confidence ?? null;
/** Nothing the clinician could take for a match: no candidate above low confidence. */
const noConfidentMatch = (text: string) => match(text).candidates.every((c) => c.confidence === "low");

describe("abbreviations and shorthand", () => {
  test.each([
    ["LBP x 2 yrs", "chronic-low-back-pain"],
    ["bilat knee OA", "knee-osteoarthritis"],
    ["DJD of the knee", "knee-osteoarthritis"],
    ["TTH most days", "tension-type-headache"],
    ["FMS with poor sleep", "fibromyalgia"],
    ["FM pt", "fibromyalgia"],
    ["DOMS in quads", "exercise-muscle-soreness"],
    ["breast ca with bone mets", "cancer-related-symptoms"],
  ])("%s → %s", (text, slug) => {
    expect(top(text)).toBe(slug);
    expect(confidence(text, slug)).toBe("high");
  });

  test("HA is a headache, and with a tension feature it is tension-type", () => {
    expect(top("c/o pressing HA daily")).toBe("tension-type-headache");
  });

  test("the matched span quotes the clinician's words and says why", () => {
    const c = match("62F LBP since 2019").candidates[0];
    expect(c?.matched[0]?.text).toBe("LBP");
    expect(c?.matched[0]?.why).toMatch(/abbreviation "LBP" = low back pain/);
  });
});

describe("misspellings, inflections and word order", () => {
  test.each([
    ["fibromyalga flare", "fibromyalgia"],
    ["knee osteoarthritus", "knee-osteoarthritis"],
    ["tension headches every afternoon", "tension-type-headache"],
    ["osteoarthritis of the left knee", "knee-osteoarthritis"],
    ["left knee OA", "knee-osteoarthritis"],
    ["arthritic knees", "knee-osteoarthritis"],
    ["pain in the neck for years", "chronic-neck-pain"],
  ])("%s → %s", (text, slug) => {
    expect(top(text)).toBe(slug);
  });

  test("a misspelling is explained", () => {
    expect(match("fibromyalga").candidates[0]?.matched[0]?.why).toMatch(/read as "fibromyalgia"/);
  });

  test("short words are not 'corrected' into clinical words", () => {
    expect(match("neck pain, lost my keys").facts.redFlags).toEqual([]);
  });
});

describe("clinical vocabulary that implies a condition", () => {
  test.each(["glioblastoma, anxious", "lymphoma on chemo", "myeloma with bone pain", "sarcoma, palliative", "on radiotherapy, low mood"])(
    "%s → cancer",
    (text) => {
      expect(top(text)).toBe("cancer-related-symptoms");
    },
  );
  test.each(["cervicalgia", "lumbago"])("%s", (text) => {
    expect(match(text).candidates[0]?.confidence).toBe("high");
  });
});

describe("negation and its scope", () => {
  test("denied conditions do not match, and are reported", () => {
    const r = match("denies neck pain");
    expect(r.candidates).toEqual([]);
    expect(r.facts.negated.map((m) => m.slug)).toContain("chronic-neck-pain");
  });
  test.each(["no back pain", "negative for headache", "without knee OA", "LBP resolved", "free of neck pain"])("%s → nothing", (text) => {
    expect(noConfidentMatch(text)).toBe(true);
  });
  test("scope ends at a semicolon, a period and 'but'", () => {
    expect(top("denies neck pain; c/o LBP")).toBe("chronic-low-back-pain");
    expect(top("no neck pain. Chronic LBP")).toBe("chronic-low-back-pain");
    expect(top("no neck pain but tension headaches")).toBe("tension-type-headache");
  });
  test("a list after 'denies' is all denied", () => {
    expect(match("denies fever, weight loss, bowel incontinence").facts.redFlags).toEqual([]);
  });
  test("pseudo-negations do not negate", () => {
    expect(confidence("no relief from NSAIDs for chronic low back pain", "chronic-low-back-pain")).toBe("high");
    expect(confidence("chronic non-specific low back pain", "chronic-low-back-pain")).toBe("high");
  });
  test("history of … resolved is historical, not current", () => {
    const r = match("history of low back pain, resolved; now here for rash");
    expect(r.candidates).toEqual([]);
    expect(r.facts.historical.map((m) => m.slug)).toContain("chronic-low-back-pain");
  });
});

describe("family history and hypotheticals", () => {
  test("a relative's condition is not the patient's", () => {
    const r = match("mother has fibromyalgia");
    expect(r.candidates).toEqual([]);
    expect(r.facts.family.map((m) => m.slug)).toEqual(["fibromyalgia"]);
    expect(match("family history of knee OA").candidates).toEqual([]);
  });
  test("the patient's own condition after a relative's is still matched", () => {
    expect(top("mother with breast cancer; pt has chronic LBP")).toBe("chronic-low-back-pain");
  });
  test.each([
    "rule out fibromyalgia",
    "r/o fibromyalgia",
    "possible fibromyalgia",
    "fibromyalgia vs hypothyroidism",
    "?fibromyalgia",
    "fibromyalgia suspected",
  ])("%s is never high", (text) => {
    const r = match(text);
    expect(r.candidates.every((c) => c.confidence !== "high")).toBe(true);
    expect(r.facts.hypothetical.map((m) => m.slug)).toContain("fibromyalgia");
  });
});

describe("several conditions in one complaint", () => {
  test("all are returned, best first", () => {
    const slugs = match("chronic neck pain and tension headaches, also knee OA").candidates.map((c) => c.slug);
    expect(slugs).toEqual(expect.arrayContaining(["chronic-neck-pain", "tension-type-headache", "knee-osteoarthritis"]));
  });
});

describe("same body part or word, different condition", () => {
  test.each([
    "R hip OA",
    "acute ACL tear L knee",
    "medial meniscus tear R knee",
    "migraine with aura",
    "cluster headache",
    "cervical cancer screening, normal pap",
    "neck mass, 2 cm",
    "Achilles tendon rupture",
    "hamstring tear after sprint",
    "rheumatoid arthritis of both knees",
    "gout flare R knee",
    "knee lipoma",
    "osteoarthritis of the hip",
  ])("%s → no confident match", (text) => {
    expect(noConfidentMatch(text)).toBe(true);
  });
  test("a different diagnosis beside a real one lowers it and says why", () => {
    const c = match("tension headaches and migraines").candidates.find((x) => x.slug === "tension-type-headache");
    expect(c?.confidence).not.toBe("high");
    expect(c?.warnings.join(" ")).toMatch(/migraine/i);
  });
});

describe("'Not for' exclusions and red flags", () => {
  test("an exclusion lowers the match and names the reason", () => {
    const c = match("back pain with suspected fracture").candidates.find((x) => x.slug === "chronic-low-back-pain");
    expect(c?.confidence).toBe("low");
    expect(c?.warnings.join(" ")).toMatch(/Not for: suspected fracture/);
  });
  test.each([
    ["back pain with saddle anaesthesia", "cauda-equina"],
    ["LBP, new urinary retention", "cauda-equina"],
    ["worst headache of my life", "thunderclap-headache"],
    ["thunderclap headache", "thunderclap-headache"],
    ["dark urine after spin class, sore thighs", "rhabdomyolysis"],
    ["chest pain on exertion", "chest-pain"],
  ])("%s → emergency %s, no high match", (text, code) => {
    const r = match(text);
    expect(r.facts.redFlags.map((f) => f.code)).toContain(code);
    expect(r.facts.redFlags.find((f) => f.code === code)?.urgency).toBe("emergency");
    expect(r.candidates.every((c) => c.confidence === "low")).toBe(true);
  });
  test.each([
    ["neck pain, fever", "fever"],
    ["LBP with unexplained weight loss", "weight-loss"],
    ["neck pain with new arm weakness", "neuro-deficit"],
  ])("%s → %s, capped at medium", (text, code) => {
    const r = match(text);
    expect(r.facts.redFlags.map((f) => f.code)).toContain(code);
    expect(r.candidates.every((c) => c.confidence !== "high")).toBe(true);
  });
  test("negated red flags are not red flags", () => {
    expect(match("LBP, no bowel/bladder change, no saddle numbness").facts.redFlags).toEqual([]);
    expect(confidence("LBP, no bowel/bladder change", "chronic-low-back-pain")).toBe("high");
  });
  test("nothing to treat now lowers everything", () => {
    expect(noConfidentMatch("breast cancer survivor, no current symptoms")).toBe(true);
  });
});

describe("data-driven conditions", () => {
  test("a condition an admin adds is matched with no code change", () => {
    const conditions = [
      ...toMatcherConditions(seedEvidence.conditions),
      {
        slug: "plantar-heel-pain",
        name: "Plantar heel pain",
        phrases: ["plantar heel pain", "heel spur pain"],
        exclusions: [{ phrase: "heel fracture", reason: "Injury." }],
        bodyRegion: "foot",
      },
    ];
    const custom = buildMatcherIndex(conditions);
    expect(matchComplaint(custom, "heel spur pain R foot x 3 months", { now: NOW }).candidates[0]?.slug).toBe("plantar-heel-pain");
    const vetoed = matchComplaint(custom, "plantar heel pain, ? heel fracture", { now: NOW }).candidates[0];
    expect(vetoed?.confidence).toBe("low");
  });
  test("retired conditions are not matched", () => {
    const retired = seedEvidence.conditions.map((c) => (c.slug === "fibromyalgia" ? { ...c, retired: true } : c));
    const idx = buildMatcherIndex(toMatcherConditions(retired));
    expect(matchComplaint(idx, "fibromyalgia", { now: NOW }).candidates).toEqual([]);
  });
  test("no conditions, no candidates", () => {
    expect(matchComplaint(buildMatcherIndex([]), "chronic LBP", { now: NOW }).candidates).toEqual([]);
  });
  test("duration outside the evidence lowers the match and says so", () => {
    const c = match("LBP since yesterday after lifting").candidates[0];
    expect(c?.slug).toBe("chronic-low-back-pain");
    expect(c?.confidence).not.toBe("high");
    expect(c?.warnings.join(" ")).toMatch(/acute/);
  });
});
