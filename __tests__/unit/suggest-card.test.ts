/**
 * What a suggestion card tells the clinician beyond the dose: which safety rule a matched or chosen
 * condition implies and why, the studies it cites (and the ones it cannot), the ICD-10-CM code and why it
 * was chosen, the duration and "not counted" warnings. Each card is built inside its test (Stryker's
 * `ignoreStatic`, docs/mutation-testing.md). suggest.test.ts covers every seeded condition's dose.
 */
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { buildCardForCondition, buildSuggestions, chooseIcd, durationWarning } from "@/lib/domain/referral/suggest";
import type { EvidenceSnapshot, Recommendation, Study } from "@/lib/schemas/evidence";
import type { ComplaintFacts, DurationFact, MatchCandidate, MatchResult, MentionFact } from "@/lib/domain/matcher/types";
import { exampleIntake } from "../support/referral-fixtures";

const snapshot: EvidenceSnapshot = { versionId: "ev-1", versionNumber: 1, content: seedEvidence };
const CANCER = "Pain, anxiety and low mood in people with cancer";
const noFacts: ComplaintFacts = { duration: null, side: null, negated: [], historical: [], family: [], hypothetical: [], redFlags: [] };

function candidate(slug: string, text: string, confidence: MatchCandidate["confidence"] = "high"): MatchCandidate {
  const score = confidence === "high" ? 0.9 : confidence === "medium" ? 0.6 : 0.3;
  return { slug, score, confidence, matched: [{ start: 0, end: text.length, text, why: `phrase "${text}"` }], warnings: [] };
}

function matchOf(candidates: MatchCandidate[], facts: Partial<ComplaintFacts> = {}): MatchResult {
  return { candidates, facts: { ...noFacts, ...facts } };
}

function mention(text: string): MentionFact {
  return { slug: null, span: { start: 0, end: text.length, text, why: text } };
}

function withStudy(id: string, change: Partial<Study>): EvidenceSnapshot {
  const studies = seedEvidence.studies.map((s) => (s.id === id ? { ...s, ...change } : s));
  return { ...snapshot, versionNumber: 3, content: { ...seedEvidence, studies } };
}

function withLowBackRecommendation(change: Partial<Recommendation>): EvidenceSnapshot {
  const recommendations = seedEvidence.recommendations.map((r) => (r.conditionSlug === "chronic-low-back-pain" ? { ...r, ...change } : r));
  return { ...snapshot, content: { ...seedEvidence, recommendations } };
}

function kneeCard(evidence: EvidenceSnapshot) {
  const card = buildSuggestions({
    snapshot: evidence,
    match: matchOf([candidate("knee-osteoarthritis", "knee OA")]),
    intake: exampleIntake(),
  }).cards[0];
  if (!card) throw new Error("no knee card");
  return card;
}

describe("a condition that implies a safety rule", () => {
  test("a complaint matching cancer-related symptoms applies the cancer rule, saying it came from the match", () => {
    const result = buildSuggestions({
      snapshot,
      match: matchOf([candidate("cancer-related-symptoms", "cancer pain", "medium")]),
      intake: exampleIntake({ complaint: "pain" }),
    });
    const cancer = result.safety.techniqueChanges.find((i) => i.code === "cancer");
    expect(cancer?.triggers).toEqual([`complaint matched ${CANCER}`]);
  });

  test("a low-confidence cancer match does not apply the cancer rule", () => {
    const result = buildSuggestions({
      snapshot,
      match: matchOf([candidate("cancer-related-symptoms", "cancer pain", "low")]),
      intake: exampleIntake({ complaint: "pain" }),
    });
    expect(result.safety.techniqueChanges.map((i) => i.code)).not.toContain("cancer");
  });

  test("choosing cancer-related symptoms by hand applies the cancer rule, saying the condition was chosen", () => {
    const card = buildCardForCondition(snapshot, "cancer-related-symptoms", exampleIntake({ complaint: "pain" }), null);
    expect(card?.techniqueChanges[0]).toMatch(/^Active cancer: Light pressure/);
    expect(card?.patientSafety.map((n) => n.code)).toEqual(["cancer"]);
  });

  test("choosing another condition by hand implies no rule", () => {
    const card = buildCardForCondition(snapshot, "knee-osteoarthritis", exampleIntake(), null);
    expect(card?.patientSafety).toEqual([]);
    expect(card?.techniqueChanges).toEqual([]);
  });
});

describe("the card's warnings", () => {
  test("a hand-chosen condition with a current recommendation carries no warning of its own", () => {
    expect(buildCardForCondition(snapshot, "chronic-neck-pain", exampleIntake({ complaint: "neck pain" }), null)?.warnings).toEqual([]);
  });

  test("a matched complaint gets no 'nothing matched' warning", () => {
    const result = buildSuggestions({ snapshot, match: matchOf([candidate("chronic-neck-pain", "neck pain")]), intake: exampleIntake() });
    expect(result.noMatch).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  test("conditions denied, past, in the family or to be ruled out are listed as not counted, each with its words", () => {
    const result = buildSuggestions({
      snapshot,
      match: matchOf([candidate("chronic-neck-pain", "neck pain")], {
        negated: [mention("fibromyalgia")],
        historical: [mention("plantar fasciitis")],
        family: [mention("knee OA")],
        hypothetical: [mention("carpal tunnel")],
      }),
      intake: exampleIntake(),
    });
    expect(result.warnings).toEqual([
      'Not counted as current complaints: negated "fibromyalgia"; past history "plantar fasciitis"; family history "knee OA"; to be ruled out "carpal tunnel"',
    ]);
  });

  test("nothing matched and nothing set aside: only the 'nothing matched' warning", () => {
    expect(buildSuggestions({ snapshot, match: matchOf([]), intake: exampleIntake() }).warnings).toEqual([
      "Nothing in the complaint matched a condition in the evidence base. Choose a condition only if one truly applies.",
    ]);
  });
});

describe("a condition with no current recommendation: nothing of a dose's basis is shown", () => {
  test("no adjuncts, guidance, evidence rows, studies or recommendation precautions; every dose figure not established", () => {
    const retired = withLowBackRecommendation({ retired: true });
    const card = buildCardForCondition(retired, "chronic-low-back-pain", exampleIntake({ complaint: "LBP" }), null);
    expect(card).toMatchObject({
      recommendationId: null,
      adjuncts: [],
      guidance: [],
      outcomeRows: [],
      studies: [],
      precautions: [],
      conflictingGuidance: null,
      notEstablished: ["minutesPerSession", "sessionsPerWeek", "weeks", "totalSessions"],
      doseLine: "No dose is established by the evidence base for this condition",
    });
  });

  test("a recommendation's own conflicting-guidance text is shown with it", () => {
    const note = "A guideline body advises against this; see the guidance list.";
    const edited = withLowBackRecommendation({ conflictingGuidance: note });
    expect(buildCardForCondition(edited, "chronic-low-back-pain", exampleIntake({ complaint: "LBP" }), null)?.conflictingGuidance).toBe(
      note,
    );
  });
});

describe("the studies a card cites", () => {
  test("a retired cited study is not shown: the card says it is not available in this evidence version", () => {
    const card = kneeCard(withStudy("perlman-2012", { retired: true }));
    expect(card.studies.map((s) => s.id)).not.toContain("perlman-2012");
    expect(card.warnings).toContain('Cited study "perlman-2012" is not available in evidence version 3.');
  });

  test("a study missing from the version is reported the same way", () => {
    const studies = seedEvidence.studies.filter((s) => s.id !== "perlman-2012");
    const card = kneeCard({ ...snapshot, content: { ...seedEvidence, studies } });
    expect(card.warnings).toContain('Cited study "perlman-2012" is not available in evidence version 1.');
  });

  test("DOI, PubMed and the study's own page are each linked once, in that order", () => {
    const card = kneeCard(withStudy("perlman-2012", { pmid: "12345678", url: "https://example.org/perlman-trial" }));
    expect(card.studies.find((s) => s.id === "perlman-2012")?.links).toEqual([
      { label: "DOI", href: "https://doi.org/10.1371/journal.pone.0030248" },
      { label: "PubMed", href: "https://pubmed.ncbi.nlm.nih.gov/12345678/" },
      { label: "Link", href: "https://example.org/perlman-trial" },
    ]);
  });

  test("a page address that is the DOI or the PubMed link is not repeated as 'Link'", () => {
    const sameAsDoi = kneeCard(withStudy("perlman-2012", { url: "https://doi.org/10.1371/journal.pone.0030248" }));
    expect(sameAsDoi.studies.find((s) => s.id === "perlman-2012")?.links.map((l) => l.label)).toEqual(["DOI"]);
    const sameAsPubmed = kneeCard(
      withStudy("perlman-2012", { doi: null, pmid: "12345678", url: "https://pubmed.ncbi.nlm.nih.gov/12345678/" }),
    );
    expect(sameAsPubmed.studies.find((s) => s.id === "perlman-2012")?.links).toEqual([
      { label: "PubMed", href: "https://pubmed.ncbi.nlm.nih.gov/12345678/" },
    ]);
  });

  test("a study with only its own page links that page", () => {
    const card = kneeCard(withStudy("perlman-2012", { doi: null, pmid: null, url: "https://example.org/perlman-trial" }));
    expect(card.studies.find((s) => s.id === "perlman-2012")?.links).toEqual([
      { label: "Link", href: "https://example.org/perlman-trial" },
    ]);
  });
});

describe("the ICD-10-CM code", () => {
  const shoulder = {
    icd10: [
      { code: "M75.100", label: "Unspecified rotator cuff tear or rupture of unspecified shoulder, not specified as traumatic" },
      { code: "M75.101", label: "Unspecified rotator cuff tear or rupture of right shoulder, not specified as traumatic" },
      { code: "M75.102", label: "Unspecified rotator cuff tear or rupture of left shoulder, not specified as traumatic" },
    ],
  };

  test("the side in the complaint picks the sided code and the note says so", () => {
    expect(chooseIcd(shoulder, "left")).toMatchObject({ code: "M75.102", note: "Side from the complaint: left" });
  });

  test("a side no code names (bilateral, only left and right codes): the unspecified code, and the clinician is asked to choose", () => {
    expect(chooseIcd(shoulder, "bilateral")).toMatchObject({
      code: "M75.100",
      note: "Side from the complaint: bilateral, but no bilateral code exists for this condition: choose the code that applies",
    });
  });

  test("bilateral shoulder pain is coded as the unspecified shoulder, never silently as the right one", () => {
    const seeded = seedEvidence.conditions.find((c) => c.slug === "shoulder-pain");
    expect(chooseIcd(seeded ?? { icd10: [] }, "bilateral").code).toBe("M25.519");
  });

  test("sided codes with no unspecified one and no side stated: the first code, and the clinician is asked to choose", () => {
    const sidedOnly = {
      icd10: [
        { code: "M17.11", label: "Unilateral primary osteoarthritis, right knee" },
        { code: "M17.12", label: "Unilateral primary osteoarthritis, left knee" },
      ],
    };
    expect(chooseIcd(sidedOnly, null)).toMatchObject({
      code: "M17.11",
      note: "Side not stated in the complaint: choose the left, right or bilateral code if known",
    });
  });

  test("a condition with no sided code gets its first complete code and no side note", () => {
    const codes = {
      icd10: [
        { code: "M54.2", label: "Cervicalgia" },
        { code: "M54.6", label: "Pain in thoracic spine" },
      ],
    };
    expect(chooseIcd(codes, null)).toEqual({ code: "M54.2", label: "Cervicalgia", note: null, alternatives: codes.icd10 });
  });

  test("a category code (ending in '-') gives way to a complete code; with only categories, the first category is used", () => {
    const mixed = {
      icd10: [
        { code: "M54.5-", label: "Low back pain" },
        { code: "M54.50", label: "Low back pain, unspecified" },
      ],
    };
    expect(chooseIcd(mixed, null).code).toBe("M54.50");
    const categories = {
      icd10: [
        { code: "M54.5-", label: "Low back pain" },
        { code: "M54.4-", label: "Lumbago with sciatica" },
      ],
    };
    expect(chooseIcd(categories, null)).toMatchObject({ code: "M54.5-", label: "Low back pain", note: null });
  });
});

describe("the duration warning's words", () => {
  const chronicEvidence = { name: "Chronic (or subacute) non-specific low back pain", evidenceDuration: "chronic" as const };
  const facts = (d: DurationFact): ComplaintFacts => ({ ...noFacts, duration: d });
  const span = { start: 0, end: 5, text: "x", why: "duration" };

  test("one day is singular", () => {
    expect(durationWarning(chronicEvidence, facts({ category: "acute", weeks: 1 / 7, span }))).toMatch(
      /acute symptoms \(about 1 day\), but/,
    );
  });

  test("less than a day is still 'about 1 day', never 0 days", () => {
    expect(durationWarning(chronicEvidence, facts({ category: "acute", weeks: 0.01, span }))).toMatch(/\(about 1 day\)/);
  });

  test("an acute complaint with no stated length says acute without a length", () => {
    expect(durationWarning(chronicEvidence, facts({ category: "acute", weeks: null, span }))).toMatch(
      /^The complaint describes acute symptoms, but/,
    );
  });
});
