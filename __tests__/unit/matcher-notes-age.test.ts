import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatchOptions, type MatchResult } from "@/lib/domain/matcher";
import { findAge } from "@/lib/domain/matcher/age";
import { findDuration } from "@/lib/domain/matcher/duration";

// Long notes (chief complaint vs history), widespread pain, and the patient's age (issue 20).
const NOW = new Date("2026-06-01T00:00:00Z");
const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const match = (text: string, options: MatchOptions = {}): MatchResult => matchComplaint(index, text, { now: NOW, ...options });
const top = (text: string, options?: MatchOptions) => match(text, options).candidates[0] ?? null;
const confidence = (text: string, slug: string, options?: MatchOptions) =>
  match(text, options).candidates.find((c) => c.slug === slug)?.confidence ?? null;

describe("chief complaint over history", () => {
  const note =
    "PAST MEDICAL HISTORY: breast cancer 2010, hypertension. MEDICATIONS: lisinopril. CHIEF COMPLAINT: low back pain for 6 months.";
  test("the chief complaint leads; a condition only in the past history is medium at most", () => {
    expect(top(note)?.slug).toBe("chronic-low-back-pain");
    expect(confidence(note, "cancer-related-symptoms")).toBe("medium");
  });
  test("a past-history section caps what it names even with no other condition", () => {
    expect(confidence("PMH: fibromyalgia. Exam: normal.", "fibromyalgia")).toBe("medium");
    expect(confidence("ROS: positive for neck pain", "chronic-neck-pain")).toBe("medium");
  });
  test("a family history section is a relative's", () => {
    expect(confidence("FAMILY HISTORY: mother with fibromyalgia", "fibromyalgia")).toBeNull();
  });
  test("'presents with' and the first sentence are the reason for the visit; a later passing mention is medium", () => {
    const text = "Patient presents with chronic neck pain from desk work. She also mentions her fibromyalgia.";
    expect(top(text)?.slug).toBe("chronic-neck-pain");
    expect(confidence(text, "chronic-neck-pain")).toBe("high");
    expect(confidence(text, "fibromyalgia")).toBe("medium");
  });
  test("one sentence naming two conditions keeps both high", () => {
    expect(confidence("chronic neck pain and tension headaches", "tension-type-headache")).toBe("high");
  });
  test("a 'Not for' exclusion found only in the history lowers to medium, with the reason", () => {
    const c = match("Presents with low back pain. History of breast cancer treated 10 years ago.").candidates.find(
      (x) => x.slug === "chronic-low-back-pain",
    );
    expect(c?.confidence).toBe("medium");
    expect(c?.warnings.join(" ")).toMatch(/in the history/);
  });
  test("a duration in the history is not the complaint's", () => {
    const text = "low back pain that started two days ago. History of osteoporosis diagnosed 5 years ago";
    expect(match(text).facts.duration?.category).toBe("acute");
    expect(confidence(text, "chronic-low-back-pain")).not.toBe("high");
  });
});

describe("widespread pain", () => {
  test.each(["I hurt all over", "aches all over my body, every day", "pain in her legs, upper and lower back, abdomen and shoulders"])(
    "%s → fibromyalgia",
    (text) => {
      expect(top(text)?.slug).toBe("fibromyalgia");
    },
  );
  test("a region listed among many is not a regional complaint", () => {
    expect(confidence("aches and pains mostly in the neck, shoulders, back and legs", "chronic-neck-pain")).toBe("low");
  });
  test("two regions are not widespread", () => {
    expect(top("neck and shoulder pain")?.slug).toBe("chronic-neck-pain");
  });
});

describe("red flags and different conditions from real text", () => {
  test("a swollen calf or leg is a possible DVT: urgent, capped at medium", () => {
    const r = match("calf sore and swollen two days after a long run");
    expect(r.facts.redFlags.map((f) => f.code)).toContain("dvt");
    expect(r.candidates.every((c) => c.confidence !== "high")).toBe(true);
  });
  test.each(["lower back soreness, turned out to be a kidney stone", "neck pain after whiplash"])("%s is not confidently ours", (text) => {
    expect(match(text).candidates.every((c) => c.confidence !== "high")).toBe(true);
  });
  test("'two days ago' and 'a couple of days later' are durations; 'once a day' is not", () => {
    expect(findDuration("started two days ago", NOW)?.category).toBe("acute");
    expect(findDuration("showed up a couple of days later", NOW)?.category).toBe("acute");
    expect(findDuration("once a day", NOW)).toBeNull();
  });
  test("muscle soreness alone (myalgia) suggests exercise soreness at medium", () => {
    expect(top("myalgia")?.slug).toBe("exercise-muscle-soreness");
    expect(top("sore muscles")?.confidence).toBe("medium");
  });
});

describe("age", () => {
  test.each([
    ["17-year-old girl", 17, "adolescent"],
    ["a nine-year-old son", 9, "child"],
    ["62F bilat knee OA", 62, "adult"],
    ["9 yo with headaches", 9, "child"],
    ["I am 51 years old", 51, "adult"],
    ["6-month-old", 0.5, "infant"],
    ["aged 15", 15, "adolescent"],
  ])("%s → %s years, %s", (text, years, group) => {
    const age = findAge(text);
    expect(age?.years).toBeCloseTo(years, 1);
    expect(age?.group).toBe(group);
    expect(age?.span?.text.length).toBeGreaterThan(0);
  });
  test.each([
    ["toddler with back pain", "child"],
    ["teenager with tension headaches", "adolescent"],
    ["juvenile arthritis", "child"],
    ["pediatric patient", "child"],
    ["infant", "infant"],
  ])("%s → %s", (text, group) => {
    expect(findAge(text)?.group).toBe(group);
    expect(findAge(text)?.years).toBeNull();
  });
  test.each([
    "since I was a teenager I have had neck pain",
    "as a child I broke my arm",
    "3 years of LBP",
    "lost 5 kg",
    "I am 5 weeks pregnant",
  ])("%s states no age now", (text) => {
    expect(findAge(text)).toBeNull();
  });
  test("a child never gets a high-confidence adult match, and says why", () => {
    for (const text of [
      "4 year old with chronic low back pain",
      "teenager with chronic tension-type headache",
      "16-year-old, DOMS after soccer",
    ]) {
      const r = match(text);
      expect(r.candidates.length).toBeGreaterThan(0);
      expect(r.candidates.every((c) => c.confidence !== "high")).toBe(true);
      expect(r.candidates[0]?.warnings.join(" ")).toMatch(/evidence for .* is from adults/);
    }
  });
  test("the intake's age is accepted and wins over the text; the signal is in the result", () => {
    expect(match("chronic low back pain", { patientAgeYears: 15 }).facts.age).toEqual({
      years: 15,
      group: "adolescent",
      source: "intake",
      span: null,
    });
    expect(confidence("chronic low back pain", "chronic-low-back-pain", { patientAgeYears: 15 })).toBe("medium");
    expect(confidence("17-year-old with chronic low back pain", "chronic-low-back-pain", { patientAgeYears: 40 })).toBe("high");
    expect(match("17-year-old with LBP").facts.age).toMatchObject({ years: 17, group: "adolescent", source: "text" });
  });
  test("a condition whose evidence covers all ages is not capped", () => {
    const all = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions).map((c) => ({ ...c, evidenceAges: "all" as const })));
    expect(matchComplaint(all, "teenager with chronic LBP", { now: NOW }).candidates[0]?.confidence).toBe("high");
  });
});
