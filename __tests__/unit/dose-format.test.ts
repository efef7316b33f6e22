import {
  certaintyMeaning,
  cptUnitsPerSession,
  formatDoseLine,
  formatDoseOneLine,
  formatRange,
  formatRangeValue,
  strengthMeaning,
  totalSessionsFor,
  type Dose,
} from "@/lib/domain/evidence/dose-format";

const r = (min: number, max: number = min) => ({ min, max });
const knee: Dose = { minutesPerSession: r(60), sessionsPerWeek: r(1), weeks: r(8), totalSessions: r(8) };

describe("formatRange", () => {
  it("formats single values, ranges, the singular and null", () => {
    expect(formatRange(r(8), "week")).toBe("8 weeks");
    expect(formatRange(r(1), "week")).toBe("1 week");
    expect(formatRange(r(8, 12), "session")).toBe("8 to 12 sessions");
    expect(formatRange(null, "session length")).toBe("session length not established by the evidence");
  });

  it("a range that reaches past one is plural: '1 to 2 weeks', never '1 to 2 week'", () => {
    expect(formatRange(r(1, 2), "week")).toBe("1 to 2 weeks");
    expect(formatRange(r(1, 3), "session")).toBe("1 to 3 sessions");
  });

  it("has a compact form", () => {
    expect(formatRangeValue(r(60))).toBe("60");
    expect(formatRangeValue(r(2, 3))).toBe("2-3");
    expect(formatRangeValue(null)).toBe("not established");
  });
});

describe("formatDoseLine", () => {
  it("writes the knee dose in prescription words", () => {
    expect(formatDoseLine(knee)).toBe("60-minute sessions, once a week, for 8 weeks (8 sessions)");
  });

  it("writes frequency ranges and twice a week", () => {
    expect(formatDoseLine({ minutesPerSession: r(60), sessionsPerWeek: r(2, 3), weeks: r(4), totalSessions: r(8, 12) })).toBe(
      "60-minute sessions, 2 to 3 times a week, for 4 weeks (8 to 12 sessions)",
    );
    expect(formatDoseLine({ minutesPerSession: r(30), sessionsPerWeek: r(2), weeks: r(4), totalSessions: r(8) })).toBe(
      "30-minute sessions, twice a week, for 4 weeks (8 sessions)",
    );
    expect(formatDoseLine({ ...knee, sessionsPerWeek: r(3), totalSessions: null })).toBe(
      "60-minute sessions, 3 times a week, for 8 weeks (24 sessions)",
    );
  });

  it("names an unknown session length instead of inventing one", () => {
    expect(formatDoseLine({ minutesPerSession: null, sessionsPerWeek: r(1, 2), weeks: r(10), totalSessions: r(15) })).toBe(
      "1 to 2 times a week, for 10 weeks (15 sessions); session length not established by the evidence",
    );
  });

  it("names unknown frequency and course length", () => {
    expect(formatDoseLine({ minutesPerSession: r(20, 60), sessionsPerWeek: null, weeks: null, totalSessions: null })).toBe(
      "20- to 60-minute sessions; frequency and course length not established by the evidence",
    );
    expect(formatDoseLine({ minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null })).toBe(
      "Session length, frequency and course length not established by the evidence",
    );
  });

  it("writes a single session as such", () => {
    expect(formatDoseLine({ minutesPerSession: r(10), sessionsPerWeek: null, weeks: null, totalSessions: r(1) })).toBe(
      "A single 10-minute session",
    );
  });
});

describe("formatDoseOneLine", () => {
  it("gives modality and compact dose", () => {
    expect(formatDoseOneLine({ modality: "Swedish massage", ...knee })).toBe("Swedish massage · 60 min, 1/week, 8 weeks (8 sessions)");
    expect(
      formatDoseOneLine({
        modality: "Connective tissue massage",
        minutesPerSession: null,
        sessionsPerWeek: r(1, 2),
        weeks: r(10),
        totalSessions: r(15),
      }),
    ).toBe("Connective tissue massage · session length not established, 1-2/week, 10 weeks (15 sessions)");
  });
});

describe("totalSessionsFor", () => {
  it("uses the given total, else per week × weeks, else null", () => {
    expect(totalSessionsFor({ ...knee, totalSessions: r(15) })).toEqual(r(15));
    expect(totalSessionsFor({ ...knee, sessionsPerWeek: r(2, 3), weeks: r(4), totalSessions: null })).toEqual(r(8, 12));
    expect(totalSessionsFor({ ...knee, weeks: null, totalSessions: null })).toBeNull();
  });

  it("with no stated total, spans the fewest sessions (lowest rate, shortest course) to the most (highest rate, longest course)", () => {
    const ranged: Dose = { minutesPerSession: r(60), sessionsPerWeek: r(1, 2), weeks: r(6, 8), totalSessions: null };
    expect(totalSessionsFor(ranged)).toEqual({ min: 6, max: 16 });
    expect(formatDoseLine(ranged)).toBe("60-minute sessions, 1 to 2 times a week, for 6 to 8 weeks (6 to 16 sessions)");
  });
});

describe("cptUnitsPerSession (CPT 97124, 8-minute rule)", () => {
  it.each([
    [60, 4],
    [30, 2],
    [45, 3],
    [10, 1],
    [7, 0],
    [8, 1],
    [22, 1],
    [23, 2],
    [0, 0],
  ])("%i minutes → %i units", (minutes, units) => {
    expect(cptUnitsPerSession(minutes)).toBe(units);
  });

  it("rejects nonsense", () => {
    expect(() => cptUnitsPerSession(-1)).toThrow(RangeError);
    expect(() => cptUnitsPerSession(Number.NaN)).toThrow(RangeError);
  });
});

describe("GRADE meanings", () => {
  it("explains each certainty and strength differently", () => {
    expect(certaintyMeaning("moderate")).toBe("The true effect is probably close to the estimate, but may be substantially different.");
    const levels = (["high", "moderate", "low", "very low"] as const).map(certaintyMeaning);
    expect(new Set(levels).size).toBe(4);
    expect(strengthMeaning("conditional")).toMatch(/patient/);
    expect(strengthMeaning("strong")).not.toBe(strengthMeaning("conditional"));
  });

  it("says how far the true effect may be from the estimate at each certainty, in the GRADE Handbook's words", () => {
    expect(certaintyMeaning("high")).toBe("We are very confident that the true effect lies close to the estimate.");
    expect(certaintyMeaning("low")).toBe("The true effect may be substantially different from the estimate.");
    expect(certaintyMeaning("very low")).toBe("The true effect is likely to be substantially different from the estimate.");
  });

  it("a strong recommendation says most patients would want it; a conditional one says to decide with the patient", () => {
    expect(strengthMeaning("strong")).toBe("Most patients would want this, and the benefits clearly outweigh the harms and burdens.");
    expect(strengthMeaning("conditional")).toBe(
      "Many patients would want this but some would not; decide with the patient, weighing their values and circumstances.",
    );
  });
});
