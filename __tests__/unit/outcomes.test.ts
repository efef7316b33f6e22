/**
 * Outcome arithmetic of a course and of the clinic's courses per condition and dose: the clinical rules
 * (Farrar 2001 / IMMPACT 30% reduction, PEG = mean of three items, missing scores never read as "no
 * change") pinned by examples; the properties that hold for all inputs are in outcomes.property.test.ts.
 */
import { courseOutcome, endedWithoutPainRelief, type CourseRecord } from "@/lib/domain/outcomes/course-outcome";
import { firstAndLast, lastPgic, meaningfulPainReduction, pegScore, pgicFromNumber, type ScoreSet } from "@/lib/domain/outcomes/scores";
import { median } from "@/lib/domain/outcomes/statistics";
import { summariseByConditionAndDose, summariseCondition } from "@/lib/domain/outcomes/summary";
import { signedChange } from "@/lib/domain/outcomes/outcome-words";

let seq = 0;
function score(day: number, values: Partial<Omit<ScoreSet, "id" | "recordedAt">>): ScoreSet {
  seq += 1;
  return {
    id: `s${String(seq).padStart(4, "0")}`,
    recordedAt: new Date(Date.UTC(2026, 0, 1 + day)).toISOString(),
    pain: null,
    pegPain: null,
    pegEnjoyment: null,
    pegActivity: null,
    pgic: null,
    ...values,
  };
}

const weekly8 = { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 };

function course(id: string, scores: ScoreSet[], extra: Partial<CourseRecord> = {}): CourseRecord {
  return {
    referralId: id,
    conditionSlug: "knee-osteoarthritis",
    conditionName: "Knee osteoarthritis",
    dose: weekly8,
    completed: true,
    sessionsAttended: 8,
    scores,
    ...extra,
  };
}

describe("one course's pain and PEG change", () => {
  it("is the last score minus the first, in recorded order whatever the input order", () => {
    const sets = [score(20, { pain: 3 }), score(0, { pain: 7 }), score(10, { pain: 5 })];
    expect(firstAndLast(sets, (s) => s.pain)).toEqual({ first: 7, last: 3, change: -4 });
  });

  it("needs two scores: a single score is no change, not a change of 0", () => {
    const out = courseOutcome(course("a", [score(0, { pain: 6 })]));
    expect(out.pain).toBeNull();
    expect(out.meaningfulPainReduction).toBeNull();
  });

  it("skips score sets without pain when finding the first and last pain", () => {
    const sets = [score(0, { pgic: "no-change" }), score(1, { pain: 8 }), score(5, { pain: 4 }), score(9, { pgic: "much-improved" })];
    expect(firstAndLast(sets, (s) => s.pain)).toEqual({ first: 8, last: 4, change: -4 });
  });

  it("computes PEG as the mean of its three items, and not at all when one is missing", () => {
    expect(pegScore({ pegPain: 6, pegEnjoyment: 3, pegActivity: 6 })).toBe(5);
    expect(pegScore({ pegPain: 6, pegEnjoyment: null, pegActivity: 6 })).toBeNull();
    const out = courseOutcome(
      course("a", [
        score(0, { pegPain: 9, pegEnjoyment: 6, pegActivity: 9 }),
        score(5, { pegPain: 2, pegEnjoyment: null, pegActivity: 2 }), // partial: ignored, not imputed
        score(9, { pegPain: 6, pegEnjoyment: 3, pegActivity: 3 }),
      ]),
    );
    expect(out.peg).toEqual({ first: 8, last: 4, change: -4 });
  });
});

describe("at least 30% less pain (Farrar 2001, IMMPACT)", () => {
  const judged = (first: number, last: number) => meaningfulPainReduction({ first, last, change: last - first });
  it.each([
    [10, 7, true], // exactly 30%
    [10, 8, false], // 20%
    [3, 2, true], // 33%
    [4, 3, false], // 25%
    [5, 3, true], // 40%
    [6, 6, false],
    [4, 6, false],
  ])("%i → %i is %s", (first, last, expected) => {
    expect(judged(first, last)).toBe(expected);
  });

  it("cannot be said from a first pain of 0 (nothing to reduce)", () => {
    expect(judged(0, 0)).toBeNull();
  });
});

describe("PGIC", () => {
  it("is the last one recorded, and 'not recorded' when none was", () => {
    expect(lastPgic([score(9, { pgic: "much-improved" }), score(1, { pgic: "no-change" })])).toBe("much-improved");
    expect(lastPgic([score(1, { pain: 5 })])).toBeNull();
  });
});

describe("course ended without pain relief", () => {
  it("is unchanged or worse pain at the end of a completed course", () => {
    expect(endedWithoutPainRelief(course("a", [score(0, { pain: 5 }), score(9, { pain: 5 })]))).toBe(true);
    expect(endedWithoutPainRelief(course("a", [score(0, { pain: 5 }), score(9, { pain: 7 })]))).toBe(true);
    expect(endedWithoutPainRelief(course("a", [score(0, { pain: 5 }), score(9, { pain: 4 })]))).toBe(false);
  });
  it("is not claimed for an unfinished course or one with a single pain score", () => {
    expect(endedWithoutPainRelief(course("a", [score(0, { pain: 5 }), score(9, { pain: 6 })], { completed: false }))).toBe(false);
    expect(endedWithoutPainRelief(course("a", [score(0, { pain: 5 })]))).toBe(false);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("the clinic's outcomes per condition and dose", () => {
  const courses: CourseRecord[] = [
    course("c1", [
      score(0, { pain: 8, pegPain: 8, pegEnjoyment: 7, pegActivity: 6, pgic: null }),
      score(50, { pain: 4, pegPain: 4, pegEnjoyment: 4, pegActivity: 4, pgic: "much-improved" }),
    ]),
    course("c2", [score(0, { pain: 6 }), score(50, { pain: 5, pgic: "minimally-improved" })], { sessionsAttended: 5 }),
    course("c3", [score(0, { pain: 5 }), score(50, { pain: 6, pgic: "minimally-worse" })], { sessionsAttended: 8 }),
    course("c4", [score(0, { pain: 7 })], { sessionsAttended: 2 }), // no follow-up pain: counted as completed only
    course("c5", [score(0, { pain: 9 }), score(10, { pain: 1 })], { completed: false }), // unfinished: left out
    course("c6", [score(0, { pain: 6 }), score(50, { pain: 3 })], {
      dose: { minutesPerSession: 30, sessionsPerWeek: 2, weeks: 4, totalSessions: 8 },
      sessionsAttended: 8,
    }),
  ];

  it("counts completed courses, medians and the 30% share, each with its own n", () => {
    const [thirty, sixty] = summariseByConditionAndDose(courses);
    expect(sixty?.dose).toEqual(weekly8);
    expect(sixty?.doseLabel).toBe("60-minute sessions, once a week, for 8 weeks (8 sessions)");
    expect(sixty?.coursesCompleted).toBe(4);
    expect(sixty?.pain).toEqual({ medianChange: -1, n: 3 }); // changes −4, −1, +1
    expect(sixty?.peg).toEqual({ medianChange: -3, n: 1 }); // 7 → 4
    expect(sixty?.meaningfulPainReduction).toEqual({ count: 1, n: 3, share: 1 / 3 });
    expect(sixty?.sessions).toEqual({ attended: 23, prescribed: 32, n: 4, medianAttended: 6.5 });
    expect(sixty?.pgic.n).toBe(3);
    expect(sixty?.pgic.counts["much-improved"]).toBe(1);
    expect(sixty?.pgic.counts["no-change"]).toBe(0);
    expect(thirty?.coursesCompleted).toBe(1);
    expect(thirty?.meaningfulPainReduction.count).toBe(1);
  });

  it("gives the condition's line over all doses, and nothing for a condition without courses", () => {
    const all = summariseCondition(courses, "knee-osteoarthritis");
    expect(all?.coursesCompleted).toBe(5);
    expect(all?.pain).toEqual({ medianChange: -2, n: 4 }); // −4, −1, +1, −3
    expect(all?.doseLabel).toBe("all doses");
    expect(summariseCondition(courses, "fibromyalgia")).toBeNull();
  });
});

describe("ordering and stored values", () => {
  it("orders two score sets of one day by their time point", () => {
    const sameDay = new Date(Date.UTC(2026, 0, 1)).toISOString();
    const sets: ScoreSet[] = [
      { ...score(0, { pain: 3 }), id: "a", recordedAt: sameDay, timepoint: "final" },
      { ...score(0, { pain: 8 }), id: "b", recordedAt: sameDay, timepoint: "first" },
    ];
    expect(firstAndLast(sets, (s) => s.pain)).toEqual({ first: 8, last: 3, change: -5 });
  });

  it("reads the stored PGIC 1-7 in the scale's order", () => {
    expect(pgicFromNumber(1)).toBe("very-much-improved");
    expect(pgicFromNumber(4)).toBe("no-change");
    expect(pgicFromNumber(7)).toBe("very-much-worse");
    expect(pgicFromNumber(0)).toBeNull();
    expect(pgicFromNumber(8)).toBeNull();
    expect(pgicFromNumber(null)).toBeNull();
  });
});

describe("outcome words", () => {
  it("signs a change with a real minus, one decimal, and says when there are not enough scores", () => {
    expect(signedChange(-2.5)).toBe("−2.5");
    expect(signedChange(1.04)).toBe("+1");
    expect(signedChange(0)).toBe("0");
    expect(signedChange(null)).toBe("not enough scores");
  });
});
