import { doseSummaryConflicts, doseSummaryWarning } from "@/lib/domain/dose/summary-check";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

const one = (n: number) => ({ min: n, max: n });

describe("defect 6: the reference's words against the structured dose", () => {
  test("every seeded recommendation's words agree with its figures", () => {
    for (const rec of seedEvidence.recommendations) {
      expect({ id: rec.id, conflicts: doseSummaryConflicts(rec, rec.doseSummary) }).toEqual({ id: rec.id, conflicts: [] });
    }
  });

  test("an admin's change of the minutes (60 → 45) is named, the unchanged figures are not", () => {
    const knee = { minutesPerSession: one(45), sessionsPerWeek: one(1), weeks: one(8), totalSessions: one(8) };
    const words = "Swedish massage, 60 min, once weekly, 8 weeks (8 sessions).";
    expect(doseSummaryConflicts(knee, words)).toEqual(["the words give 60 min per session; the dose gives 45"]);
    expect(doseSummaryWarning(knee, words)).toMatch(/no longer match this dose/);
    expect(doseSummaryWarning({ ...knee, minutesPerSession: one(60) }, words)).toBeNull();
  });

  test("ranges in the words count when they overlap the dose (8-12 sessions; 20 to 60 min)", () => {
    const neck = { minutesPerSession: one(60), sessionsPerWeek: { min: 2, max: 3 }, weeks: one(4), totalSessions: { min: 8, max: 12 } };
    expect(doseSummaryConflicts(neck, "60 min, 2 or 3 times a week, 4 weeks (8-12 sessions).")).toEqual([]);
    expect(doseSummaryConflicts({ ...neck, weeks: one(6) }, "60 min, 2 or 3 times a week, 4 weeks (8-12 sessions).")).toEqual([
      "the words give 4 weeks; the dose gives 6",
    ]);
  });
});
