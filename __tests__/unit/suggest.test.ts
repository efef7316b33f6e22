import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { buildCardForCondition, buildSuggestions, chooseIcd, durationWarning } from "@/lib/domain/referral/suggest";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import type { IntakeInput } from "@/lib/schemas/intake";
import type { ComplaintFacts, DurationFact, MatchCandidate, MatchResult } from "@/lib/domain/matcher/types";

const snapshot: EvidenceSnapshot = { versionId: "ev-1", versionNumber: 1, content: seedEvidence };

const intake: IntakeInput = {
  patientName: "Ana Ruiz",
  dateOfBirth: "1964-05-02",
  sex: "female",
  mrn: undefined,
  pregnant: false,
  pregnancyWeeks: null,
  prenatalTrainedTherapist: false,
  complaint: "complaint",
  painLocations: [],
  duration: undefined,
  painIntensity: null,
  goals: "",
  safetyFindings: [],
  dismissedFindings: [],
  medications: "",
  notes: "",
};

const noFacts: ComplaintFacts = { duration: null, side: null, negated: [], historical: [], family: [], hypothetical: [], redFlags: [] };

function candidate(slug: string, text: string, score = 0.9): MatchCandidate {
  return {
    slug,
    score,
    confidence: score >= 0.8 ? "high" : "medium",
    matched: [{ start: 0, end: text.length, text, why: `phrase "${text}"` }],
    warnings: [],
  };
}

function match(candidates: MatchCandidate[], facts: Partial<ComplaintFacts> = {}): MatchResult {
  return { candidates, facts: { ...noFacts, ...facts } };
}

function duration(category: DurationFact["category"], weeks: number | null, text: string): DurationFact {
  return { category, weeks, span: { start: 0, end: text.length, text, why: "duration" } };
}

const seeded: [string, string, string, string][] = [
  // slug, complaint words, ICD code, dose line
  ["knee-osteoarthritis", "knee OA", "M17.10", "60-minute sessions, once a week, for 8 weeks (8 sessions)"],
  ["chronic-neck-pain", "neck pain", "M54.2", "60-minute sessions, 2 to 3 times a week, for 4 weeks (8 to 12 sessions)"],
  // Clinical review 2026-12-01: an uncontrolled study of 4 people does not establish a dose.
  [
    "tension-type-headache",
    "tension headache",
    "G44.229",
    "Dose not established by the evidence: no dose is suggested. Agree the dose with the therapist.",
  ],
  [
    "fibromyalgia",
    "fibromyalgia",
    "M79.7",
    "1 to 2 times a week, for 10 weeks (15 sessions); session length not established by the evidence — Unverified: this dose rests on figures not checked against the study (Brattberg 1999)",
  ],
  ["chronic-low-back-pain", "LBP", "M54.50", "60-minute sessions, once a week, for 10 weeks (10 sessions)"],
  [
    "cancer-related-symptoms",
    "cancer pain",
    "G89.3",
    "20- to 60-minute sessions; frequency and course length not established by the evidence",
  ],
  [
    "exercise-muscle-soreness",
    "DOMS",
    "M79.10",
    "Dose not established by the evidence: no dose is suggested. Agree the dose with the therapist.",
  ],
  [
    "shoulder-pain",
    "shoulder pain",
    "M25.519",
    "Dose not established by the evidence: no dose is suggested. Agree the dose with the therapist.",
  ],
  [
    "plantar-heel-pain",
    "plantar fasciitis",
    "M72.2",
    "For 4 to 6 weeks (8 sessions); session length and frequency not established by the evidence",
  ],
  ["carpal-tunnel-syndrome", "carpal tunnel syndrome", "G56.00", "30-minute sessions, twice a week, for 6 weeks (12 sessions)"],
  ["hand-pain", "hand pain", "M79.643", "Once a week, for 4 weeks (4 sessions); session length not established by the evidence"],
  [
    "post-operative-pain",
    "postoperative pain",
    "G89.18",
    "7 times a week (1 to 5 sessions); session length and course length not established by the evidence",
  ],
];

describe("buildSuggestions over the seeded evidence", () => {
  test.each(seeded)("%s gives a full card", (slug, words, icd, doseLine) => {
    const result = buildSuggestions({ snapshot, match: match([candidate(slug, words)]), intake });
    expect(result.noMatch).toBe(false);
    expect(result.cards).toHaveLength(1);
    const card = result.cards[0];
    if (!card) throw new Error("no card");
    expect(card.conditionSlug).toBe(slug);
    expect(card.icd10.code).toBe(icd);
    expect(card.doseLine).toBe(doseLine);
    expect(card.recommendationId).toBe(`${slug}-dose`);
    expect(card.origin).toBe("matched");
    expect(card.matched[0]?.text).toBe(words);
    expect(card.matchScore).toBe(0.9);
    expect(card.confidence).toBe("high");
    expect(card.modality).toBeTruthy();
    expect(card.certainty).toBeTruthy();
    expect(card.strength).toBe("conditional");
    expect(card.rationale).toBeTruthy();
    expect(card.studies.length).toBeGreaterThan(0);
    for (const study of card.studies) {
      expect(study.citation).toContain(String(seedEvidence.studies.find((s) => s.id === study.id)?.year));
      expect(typeof study.verified).toBe("boolean");
    }
  });

  test("studies carry AMA citations, figures and links; unverified ones are flagged", () => {
    const knee = buildSuggestions({ snapshot, match: match([candidate("knee-osteoarthritis", "knee OA")]), intake }).cards[0];
    const perlman = knee?.studies.find((s) => s.id === "perlman-2012");
    expect(perlman?.citation).toMatch(/^Perlman A, et al\. .*PLoS One\. 2012;7\(2\):e30248\. doi:10\.1371\/journal\.pone\.0030248$/);
    expect(perlman?.n).toBe(125);
    expect(perlman?.design).toBe("RCT");
    expect(perlman?.links).toEqual([{ label: "DOI", href: "https://doi.org/10.1371/journal.pone.0030248" }]);
    const fibro = buildSuggestions({ snapshot, match: match([candidate("fibromyalgia", "FMS")]), intake }).cards[0];
    expect(fibro?.studies.find((s) => s.id === "brattberg-1999")?.verified).toBe(false);
  });

  test("'not established' dose figures stay null and are listed", () => {
    const cancer = buildSuggestions({ snapshot, match: match([candidate("cancer-related-symptoms", "on chemotherapy")]), intake }).cards[0];
    expect(cancer?.dose).toEqual({ minutesPerSession: { min: 20, max: 60 }, sessionsPerWeek: null, weeks: null, totalSessions: null });
    expect(cancer?.notEstablished).toEqual(["sessionsPerWeek", "weeks", "totalSessions"]);
    const fibro = buildSuggestions({ snapshot, match: match([candidate("fibromyalgia", "FM")]), intake }).cards[0];
    expect(fibro?.notEstablished).toEqual(["minutesPerSession"]);
  });

  test("low back pain shows conflicting and qualifying guidance and adjuncts", () => {
    const card = buildSuggestions({ snapshot, match: match([candidate("chronic-low-back-pain", "LBP")]), intake }).cards[0];
    expect(card?.adjuncts).toEqual(["exercise", "education"]);
    expect(card?.guidance.map((g) => [g.kind, g.source])).toEqual([
      ["conflicting", "American College of Physicians 2017 (Qaseem, Ann Intern Med)"],
      ["qualifying", "NICE NG59 (2016), low back pain and sciatica"],
    ]);
  });

  test("3-day back pain against evidence for chronic pain gets a duration warning", () => {
    const result = buildSuggestions({
      snapshot,
      match: match([candidate("chronic-low-back-pain", "back pain")], { duration: duration("acute", 3 / 7, "x3 days") }),
      intake,
    });
    expect(result.cards[0]?.durationWarning).toBe(
      "The complaint describes acute symptoms (about 3 days), but the evidence for Chronic (or subacute) non-specific low back pain comes from people with subacute or chronic (6 weeks or more) symptoms: the suggested dose may not apply.",
    );
  });

  test("chronic back pain: no duration warning; no duration stated: none either", () => {
    const chronic = buildSuggestions({
      snapshot,
      match: match([candidate("chronic-low-back-pain", "LBP")], { duration: duration("chronic", 104, "x2y") }),
      intake,
    });
    expect(chronic.cards[0]?.durationWarning).toBeNull();
    expect(durationWarning({ name: "X", evidenceDuration: "chronic" }, null)).toBeNull();
    // DOMS evidence is acute: chronic soreness is outside it.
    expect(
      durationWarning({ name: "DOMS", evidenceDuration: "acute" }, { ...noFacts, duration: duration("chronic", 20, "5 months") }),
    ).toMatch(/about 20 weeks/);
  });

  test("side-specific ICD-10-CM code for knee OA", () => {
    const side = (s: ComplaintFacts["side"]) =>
      buildSuggestions({ snapshot, match: match([candidate("knee-osteoarthritis", "knee OA")], { side: s }), intake }).cards[0]?.icd10;
    expect(side("left")?.code).toBe("M17.12");
    expect(side("right")?.code).toBe("M17.11");
    expect(side("bilateral")?.code).toBe("M17.0");
    expect(side(null)?.code).toBe("M17.10");
    expect(side(null)?.note).toMatch(/Side not stated/);
    expect(side("left")?.alternatives).toHaveLength(4);
  });

  test("a side in the complaint does not change a condition without sided codes", () => {
    expect(chooseIcd(seedEvidence.conditions.find((c) => c.slug === "chronic-neck-pain") ?? { icd10: [] }, "left")).toMatchObject({
      code: "M54.2",
      note: null,
    });
  });

  test("no match → noMatch, no cards, a plain warning", () => {
    const result = buildSuggestions({ snapshot, match: match([]), intake });
    expect(result.noMatch).toBe(true);
    expect(result.cards).toEqual([]);
    expect(result.warnings[0]).toMatch(/Nothing in the complaint matched/);
  });

  test("a candidate for a condition not in this evidence version is dropped, never invented", () => {
    const result = buildSuggestions({ snapshot, match: match([candidate("hip-osteoarthritis", "hip OA")]), intake });
    expect(result.noMatch).toBe(true);
  });

  test("several candidates keep the matcher's order and their warnings", () => {
    const neck = { ...candidate("chronic-neck-pain", "neck pain", 0.7), warnings: ["Exclusion: cervical disc disorder"] };
    const result = buildSuggestions({ snapshot, match: match([candidate("tension-type-headache", "TTH"), neck]), intake });
    expect(result.cards.map((c) => c.conditionSlug)).toEqual(["tension-type-headache", "chronic-neck-pain"]);
    expect(result.cards[1]?.warnings).toEqual(["Exclusion: cervical disc disorder"]);
    expect(result.cards[1]?.confidence).toBe("medium");
  });

  test("safety: a DVT finding blocks every card and shows on it", () => {
    const result = buildSuggestions({
      snapshot,
      match: match([candidate("knee-osteoarthritis", "knee OA")]),
      intake: { ...intake, safetyFindings: ["dvt"] },
    });
    expect(result.blocked).toBe(true);
    expect(result.cards[0]?.blocked).toBe(true);
    expect(result.cards[0]?.precautions[0]).toMatch(/Do not refer now — Deep vein thrombosis/);
  });

  test("safety: pregnancy and bleeding change technique; skin lists an area to avoid", () => {
    const result = buildSuggestions({
      snapshot,
      match: match([candidate("chronic-low-back-pain", "LBP")]),
      intake: { ...intake, pregnant: true, pregnancyWeeks: 20, safetyFindings: ["bleeding", "skin"] },
    });
    const card = result.cards[0];
    expect(result.blocked).toBe(false);
    expect(card?.techniqueChanges).toEqual([
      "Bleeding risk: No deep or forceful pressure; light pressure only; watch for bruising.",
      expect.stringMatching(
        /^Pregnancy: Prenatal-trained therapist; discuss with the obstetric provider\. .*Second trimester: side-lying positioning/,
      ),
    ]);
    expect(card?.warnings[0]).toMatch(/studies behind this suggestion were not done in pregnancy/);
    expect(card?.areasToAvoid).toEqual(["Skin wound, burn, infection or inflammation: Avoid the area."]);
  });

  test("a cancer match applies the cancer rule and keeps the recommendation's own precaution first", () => {
    const card = buildSuggestions({ snapshot, match: match([candidate("cancer-related-symptoms", "metastatic cancer with pain")]), intake })
      .cards[0];
    expect(card?.precautions[0]).toBe("No deep pressure over a tumour, bone metastases or radiation-treated skin; physician approval.");
    expect(card?.techniqueChanges[0]).toMatch(/^Active cancer: Light pressure/);
  });

  test("an emergency red flag in the complaint blocks with emergency-assessment guidance and the words that triggered it", () => {
    const result = buildSuggestions({
      snapshot,
      match: match([candidate("chronic-low-back-pain", "LBP")]),
      intake: { ...intake, complaint: "LBP with saddle numbness" },
    });
    expect(result.blocked).toBe(true);
    expect(result.safety.outcome).toBe("emergency");
    expect(result.safety.deferred[0]?.guidance).toMatch(/Emergency medical assessment instead of referral/i);
    expect(result.safety.deferred[0]?.triggers).toEqual(['complaint: "saddle numbness" (cauda equina sign)']);
  });

  test("a condition without a current recommendation says no dose is established", () => {
    const retiredRec: EvidenceSnapshot = {
      ...snapshot,
      content: {
        ...seedEvidence,
        recommendations: seedEvidence.recommendations.map((r) => (r.conditionSlug === "fibromyalgia" ? { ...r, retired: true } : r)),
      },
    };
    const card = buildSuggestions({ snapshot: retiredRec, match: match([candidate("fibromyalgia", "FM")]), intake }).cards[0];
    expect(card?.recommendationId).toBeNull();
    expect(card?.dose).toEqual({ minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null });
    expect(card?.doseLine).toBe("No dose is established by the evidence base for this condition");
    expect(card?.studies).toEqual([]);
    expect(card?.warnings[0]).toMatch(/no current recommendation/);
  });

  test("is deterministic", () => {
    const args = { snapshot, match: match([candidate("knee-osteoarthritis", "knee OA")]), intake };
    expect(JSON.stringify(buildSuggestions(args))).toBe(JSON.stringify(buildSuggestions(args)));
  });
});

describe("buildCardForCondition (manual choice)", () => {
  test("builds a manual card with no match data", () => {
    const card = buildCardForCondition(snapshot, "chronic-neck-pain", intake, null);
    expect(card?.origin).toBe("manual");
    expect(card?.matchScore).toBeNull();
    expect(card?.matched).toEqual([]);
    expect(card?.doseLine).toMatch(/^60-minute sessions/);
  });

  test("unknown or retired condition → null", () => {
    expect(buildCardForCondition(snapshot, "no-such-condition", intake, null)).toBeNull();
    const retired: EvidenceSnapshot = {
      ...snapshot,
      content: {
        ...seedEvidence,
        conditions: seedEvidence.conditions.map((c) => (c.slug === "fibromyalgia" ? { ...c, retired: true } : c)),
      },
    };
    expect(buildCardForCondition(retired, "fibromyalgia", intake, null)).toBeNull();
  });

  test("uses the facts for side and duration, and the intake for safety", () => {
    const card = buildCardForCondition(
      snapshot,
      "knee-osteoarthritis",
      { ...intake, safetyFindings: ["fever-infection"] },
      {
        ...noFacts,
        side: "left",
        duration: duration("acute", 1, "1 week"),
      },
    );
    expect(card?.icd10.code).toBe("M17.12");
    expect(card?.durationWarning).toMatch(/acute symptoms \(about 1 week\)/);
    expect(card?.blocked).toBe(true);
  });
});
