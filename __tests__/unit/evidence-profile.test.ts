import { conditionView, recommendationsFor } from "@/lib/domain/evidence/condition-view";
import { guidanceFor, guidanceLine, NOT_REPORTED, outcomeRowsFor, outcomeRowView } from "@/lib/domain/evidence/evidence-profile";
import type { EvidenceContent, OutcomeRow, Recommendation, Study } from "@/lib/schemas/evidence";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/**
 * The evidence profile a clinician checks a suggestion against (GRADE summary-of-findings style): every
 * figure the source does not give reads "not reported", never blank and never invented; who rated the
 * certainty is said; benefits come before harms; guidance that disagrees is shown and says how it was checked.
 */

const cassileth = seedEvidence.studies.find((s) => s.id === "cassileth-2004");
if (!cassileth) throw new Error("seed changed: cassileth-2004");

const row: OutcomeRow = {
  kind: "benefit",
  outcome: "Pain intensity",
  timeFrame: "8 weeks",
  comparatorKind: "usual care",
  comparator: "Usual care",
  studies: 1,
  participants: 1290,
  effect: "Fell about 50%",
  mid: "1 point on a 0-10 scale",
  certainty: "low",
  certaintyBy: "review",
  certaintyReasons: ["Imprecision"],
  studyIds: ["cassileth-2004"],
};

describe("an outcome row", () => {
  test("shows every reported figure with its words: sizes with thousands separators, the comparator and its kind", () => {
    expect(outcomeRowView(row, seedEvidence.studies)).toEqual({
      kind: "benefit",
      outcome: "Pain intensity",
      timeFrame: "8 weeks",
      comparator: "Usual care (usual care)",
      studiesAndParticipants: "1 study, 1,290 participants",
      effect: "Fell about 50%",
      mid: "1 point on a 0-10 scale",
      certainty: "low",
      certaintyText: "low (the review's rating)",
      reasons: ["Imprecision"],
      sources: "Cassileth 2004",
    });
  });

  test("counts several studies and a single participant in the right number", () => {
    expect(outcomeRowView({ ...row, studies: 3, participants: 1 }, []).studiesAndParticipants).toBe("3 studies, 1 participant");
  });

  test("a size the source gives only in part shows only that part", () => {
    expect(outcomeRowView({ ...row, studies: null, participants: 48 }, []).studiesAndParticipants).toBe("48 participants");
    expect(outcomeRowView({ ...row, studies: 2, participants: null }, []).studiesAndParticipants).toBe("2 studies");
  });

  test("every figure the source does not give reads 'not reported', never blank", () => {
    const view = outcomeRowView(
      { ...row, timeFrame: null, studies: null, participants: null, effect: null, mid: null, certainty: null },
      [],
    );
    expect(view.timeFrame).toBe(NOT_REPORTED);
    expect(view.studiesAndParticipants).toBe(NOT_REPORTED);
    expect(view.effect).toBe(NOT_REPORTED);
    expect(view.mid).toBe(NOT_REPORTED);
    expect(view.certainty).toBeNull();
    expect(view.certaintyText).toBe("not reported for this outcome");
  });

  test("a certainty MassageRx rated itself is labelled as MassageRx's, not the review's", () => {
    expect(outcomeRowView({ ...row, certaintyBy: "massagerx" }, []).certaintyText).toBe("low (MassageRx rating)");
  });

  test("a cited study missing from the version is shown by its id rather than hidden", () => {
    expect(outcomeRowView({ ...row, studyIds: ["cassileth-2004", "gone-2020"] }, seedEvidence.studies).sources).toBe(
      "Cassileth 2004, gone-2020",
    );
  });

  test("benefits come first, then harms, each in the order the evidence lists them", () => {
    const rows: OutcomeRow[] = [
      { ...row, kind: "harm", outcome: "Soreness" },
      { ...row, outcome: "Pain" },
      { ...row, kind: "harm", outcome: "Bruising" },
      { ...row, outcome: "Function" },
    ];
    expect(outcomeRowsFor({ outcomeRows: rows }, []).map((r) => `${r.kind}:${r.outcome}`)).toEqual([
      "benefit:Pain",
      "benefit:Function",
      "harm:Soreness",
      "harm:Bruising",
    ]);
  });
});

describe("guidance beside a suggestion", () => {
  const structured = {
    kind: "qualifying" as const,
    source: "NICE NG59 (2016)",
    text: "Only alongside exercise.",
    studyId: null,
    checked: "guideline text" as const,
  };

  test("structured guidance comes first, says how it was checked, and an older free-text note follows, marked as such", () => {
    expect(guidanceFor({ guidance: [structured], conflictingGuidance: "Older note." })).toEqual([
      {
        kind: "qualifying",
        source: "NICE NG59 (2016)",
        text: "Only alongside exercise.",
        checkedText: "Checked against the guideline's wording",
      },
      { kind: "conflicting", source: "Evidence note", text: "Older note.", checkedText: "Free-text note of this evidence version" },
    ]);
  });

  test("guidance known only from the clinical review says it was not checked against the source", () => {
    const [item] = guidanceFor({ guidance: [{ ...structured, checked: "review only" }], conflictingGuidance: null });
    expect(item?.checkedText).toBe("As reported by the clinical review; not checked against the source");
    const [fromAbstract] = guidanceFor({ guidance: [{ ...structured, checked: "abstract" }], conflictingGuidance: null });
    expect(fromAbstract?.checkedText).toBe("Checked against the abstract");
  });

  test("no free-text note adds no item", () => {
    expect(guidanceFor({ guidance: [], conflictingGuidance: null })).toEqual([]);
  });

  test("the sheet's line says whether the guidance conflicts or qualifies, its source and how it was checked", () => {
    const [qualifying, conflicting] = guidanceFor({ guidance: [structured], conflictingGuidance: "Older note." });
    if (!qualifying || !conflicting) throw new Error("two items expected");
    expect(guidanceLine(qualifying)).toBe(
      "Qualifying — NICE NG59 (2016): Only alongside exercise. (Checked against the guideline's wording)",
    );
    expect(guidanceLine(conflicting)).toBe("Conflicting — Evidence note: Older note. (Free-text note of this evidence version)");
  });
});

describe("a condition's page", () => {
  const knee = seedEvidence.recommendations.find((r) => r.conditionSlug === "knee-osteoarthritis" && !r.retired);
  if (!knee) throw new Error("seed changed: knee osteoarthritis");
  const [firstStudy, secondStudy] = seedEvidence.studies as [Study, Study];

  function contentWith(recommendations: Recommendation[]): EvidenceContent {
    return { ...seedEvidence, recommendations };
  }

  test("shows only the condition's active recommendations: a retired one and another condition's are left out", () => {
    const other = seedEvidence.recommendations.find((r) => r.conditionSlug !== "knee-osteoarthritis");
    if (!other) throw new Error("seed changed");
    const retired = { ...knee, id: "knee-retired", retired: true };
    const shown = recommendationsFor(contentWith([knee, retired, other]), "knee-osteoarthritis");
    expect(shown.map((r) => r.recommendation.id)).toEqual([knee.id]);
  });

  test("each recommendation lists its studies in the order it cites them, and names a cited study that is missing", () => {
    const rec = { ...knee, studyIds: [secondStudy.id, "missing-2001", firstStudy.id] };
    const [shown] = recommendationsFor(contentWith([rec]), "knee-osteoarthritis");
    expect(shown?.studies.map((s) => s.id)).toEqual([secondStudy.id, firstStudy.id]);
    expect(shown?.missingStudyIds).toEqual(["missing-2001"]);
  });

  test("a slug not in this version has no page; a known one carries its condition and recommendations", () => {
    expect(conditionView(seedEvidence, "no-such-condition")).toBeNull();
    const view = conditionView(seedEvidence, "knee-osteoarthritis");
    expect(view?.condition.slug).toBe("knee-osteoarthritis");
    expect(view?.recommendations.map((r) => r.recommendation.id)).toContain(knee.id);
  });
});
