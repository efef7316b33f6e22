/**
 * Properties of the outcome arithmetic that hold for every input (fast-check): a median lies within its
 * values, a course whose pain did not fall is never counted as improved, the order of courses and of
 * score sets changes nothing, unfinished courses move no figure, and each n bounds its count.
 */
import fc from "fast-check";
import { courseOutcome, type CourseRecord } from "@/lib/domain/outcomes/course-outcome";
import { PGIC_CATEGORIES, type ScoreSet } from "@/lib/domain/outcomes/scores";
import { median } from "@/lib/domain/outcomes/statistics";
import { summariseByConditionAndDose, summariseCondition } from "@/lib/domain/outcomes/summary";

const item = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 4 });
const scoreSet = (id: string): fc.Arbitrary<ScoreSet> =>
  fc.record({
    id: fc.constant(id),
    recordedAt: fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString()),
    pain: item,
    pegPain: item,
    pegEnjoyment: item,
    pegActivity: item,
    pgic: fc.option(fc.constantFrom(...PGIC_CATEGORIES), { nil: null }),
  });

const doses = [
  { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
  { minutesPerSession: 30, sessionsPerWeek: 2, weeks: 4, totalSessions: 8 },
  { minutesPerSession: 60, sessionsPerWeek: null, weeks: 6, totalSessions: null },
];

const courseArb = (id: string): fc.Arbitrary<CourseRecord> =>
  fc.record({
    referralId: fc.constant(id),
    conditionSlug: fc.constantFrom("knee-osteoarthritis", "chronic-low-back-pain"),
    conditionName: fc.constant("Condition"),
    dose: fc.constantFrom(...doses),
    completed: fc.boolean(),
    sessionsAttended: fc.integer({ min: 0, max: 20 }),
    scores: fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => scoreSet(`${id}-s${i}`)))),
  });

const coursesArb = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => courseArb(`c${i}`))));

describe("outcome arithmetic, for all inputs", () => {
  it("a median lies between the smallest and the largest value", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1 }), (values) => {
        const m = median(values) as number;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it("a course whose pain did not fall is never counted as improved", () => {
    fc.assert(
      fc.property(courseArb("c"), (course) => {
        const out = courseOutcome(course);
        if (out.pain === null || out.pain.change >= 0) expect(out.meaningfulPainReduction).not.toBe(true);
        if (out.meaningfulPainReduction === true) expect(out.pain?.change).toBeLessThan(0);
      }),
    );
  });

  it("a course with the same pain at every score is never improved", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), courseArb("c"), (pain, course) => {
        const flat = { ...course, scores: course.scores.map((s) => ({ ...s, pain })) };
        expect(courseOutcome(flat).meaningfulPainReduction).not.toBe(true);
      }),
    );
  });

  it("the order of courses and of their score sets does not matter", () => {
    fc.assert(
      fc.property(coursesArb, fc.infiniteStream(fc.nat()), (courses, randomness) => {
        const it = randomness[Symbol.iterator]();
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const shuffled = shuffle(courses).map((c) => ({ ...c, scores: shuffle(c.scores) }));
        expect(summariseByConditionAndDose(shuffled)).toEqual(summariseByConditionAndDose(courses));
        expect(summariseCondition(shuffled, "knee-osteoarthritis")).toEqual(summariseCondition(courses, "knee-osteoarthritis"));
      }),
    );
  });

  it("unfinished courses change no figure", () => {
    fc.assert(
      fc.property(coursesArb, (courses) => {
        const completedOnly = courses.filter((c) => c.completed);
        expect(summariseByConditionAndDose(courses)).toEqual(summariseByConditionAndDose(completedOnly));
      }),
    );
  });

  it("every count is within its n, every n within the courses completed, every share in 0..1", () => {
    fc.assert(
      fc.property(coursesArb, (courses) => {
        const summaries = summariseByConditionAndDose(courses);
        expect(summaries.reduce((sum, s) => sum + s.coursesCompleted, 0)).toBe(courses.filter((c) => c.completed).length);
        for (const s of summaries) {
          const { count, n, share } = s.meaningfulPainReduction;
          expect(count).toBeLessThanOrEqual(n);
          expect(n).toBeLessThanOrEqual(s.pain.n);
          expect(s.pain.n).toBeLessThanOrEqual(s.coursesCompleted);
          expect(s.peg.n).toBeLessThanOrEqual(s.coursesCompleted);
          expect(s.pgic.n).toBeLessThanOrEqual(s.coursesCompleted);
          if (share !== null) expect(share).toBeGreaterThanOrEqual(0);
          if (share !== null) expect(share).toBeLessThanOrEqual(1);
          if (s.pain.medianChange !== null) expect(Math.abs(s.pain.medianChange)).toBeLessThanOrEqual(10);
        }
      }),
    );
  });
});
