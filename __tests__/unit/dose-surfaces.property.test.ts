/**
 * Every surface states the same dose, for any valid chosen dose (fast-check): the therapist sheet, the
 * patient copy, the FHIR ServiceRequest (note and Timing, validated by an independent R4 validator), the
 * Save area of the form and the suggestion card's words for the same figures. Each surface is read back
 * with its own parser here, so a surface that drifts from the model fails even if it "formats" fine.
 */
import fc from "fast-check";
import { saveSummary } from "@/components/intake/form-model";
import { chosenAsRanges, totalSessionsOf, type ChosenDose } from "@/lib/domain/dose/dose";
import { formatChosenDoseLine, formatDoseLine } from "@/lib/domain/dose/dose-words";
import { toFhirServiceRequest } from "@/lib/domain/referral/fhir";
import { buildPatientCopy } from "@/lib/domain/referral/patient-copy";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { doseInputSchema } from "@/lib/schemas/referral";
import { fhirR4Issues } from "../support/fhir-validator";
import { sheetDataFixture } from "../support/referral-fixtures";

const NOW = new Date("2026-11-29T12:00:00.000Z");
const base = sheetDataFixture({});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

/** Any dose the save schema accepts, total worked out as the action stores it. */
const validDose: fc.Arbitrary<ChosenDose> = fc
  .record({
    minutesPerSession: maybe(fc.integer({ min: 1, max: 240 })),
    sessionsPerWeek: maybe(fc.integer({ min: 1, max: 28 }).map((halves) => halves / 2)),
    weeks: maybe(fc.integer({ min: 1, max: 104 })),
    totalSessions: maybe(fc.integer({ min: 1, max: 500 })),
  })
  .map((d) => ({ ...d, totalSessions: totalSessionsOf(d) }))
  .filter((d) => doseInputSchema.safeParse(d).success);

const WORD_TIMES: Record<string, number> = { once: 1, twice: 2 };

/** "twice a week" / "3 times every 2 weeks" → sessions per week. */
function readRate(text: string): number | null {
  const m = /\b(once|twice|(\d+) times) (?:a week|every (\d+) weeks)/i.exec(text);
  if (!m) return null;
  const times = WORD_TIMES[(m[1] ?? "").toLowerCase()] ?? Number(m[2]);
  return times / (m[3] ? Number(m[3]) : 1);
}

function readNumber(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text);
  return m ? Number(m[1]) : null;
}

/** The figures a sentence states, read back independently of the formatter. */
function readBack(text: string) {
  const single = /\bsingle\b/i.test(text) || /^One session\./m.test(text);
  return {
    minutes: readNumber(text, /(\d+)-minute/) ?? readNumber(text, /lasts about (\d+) minutes?/),
    perWeek: readRate(text),
    weeks: readNumber(text, /\bfor (\d+) weeks?/i),
    total: single ? 1 : (readNumber(text, /\((\d+) sessions?\)/) ?? readNumber(text, /(\d+) sessions? in all/)),
  };
}

function expected(d: ChosenDose) {
  const total = totalSessionsOf(d);
  const single = total === 1 && d.sessionsPerWeek === null && d.weeks === null;
  return {
    minutes: d.minutesPerSession,
    perWeek: single ? null : d.sessionsPerWeek,
    weeks: single ? null : d.weeks,
    total,
  };
}

describe("one dose, every surface (property)", () => {
  test("sheet, patient copy, FHIR note and the Save area say the same figures", () => {
    fc.assert(
      fc.property(validDose, (dose) => {
        const data = { ...base, finalDose: dose };
        const sheet = buildReferralSheet(data, NOW);
        const line = formatChosenDoseLine(dose);
        expect(sheet.prescriptionLine).toBe(`Massage therapy: ${line}`);
        expect(toFhirServiceRequest(data).note?.[0]?.text).toBe(`Dose: ${line}`);
        expect(saveSummary("Knee osteoarthritis", dose)).toContain(line);
        const want = expected(dose);
        expect(readBack(sheet.prescriptionLine)).toEqual(want);
        const patient = buildPatientCopy(data)
          .sections.flatMap((s) => (s.id === "how-often" || s.id === "how-long" ? s.lines : []))
          .join("\n");
        expect(readBack(patient)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  test("a suggestion of exactly these figures reads the same on the card as on the sheet", () => {
    fc.assert(
      fc.property(validDose, (dose) => {
        const allSet = dose.minutesPerSession !== null && dose.sessionsPerWeek !== null && dose.weeks !== null;
        fc.pre(allSet);
        expect(formatDoseLine(chosenAsRanges(dose))).toBe(formatChosenDoseLine(dose));
      }),
      { numRuns: 200 },
    );
  });

  test("FHIR Timing carries the dose in positiveInts and every resource is valid R4", () => {
    fc.assert(
      fc.property(validDose, (dose) => {
        const request = toFhirServiceRequest({ ...base, finalDose: dose });
        const repeat = request.occurrenceTiming?.repeat;
        if (dose.sessionsPerWeek === null) expect(repeat?.frequency).toBeUndefined();
        else {
          expect(Number.isInteger(repeat?.frequency) && Number.isInteger(repeat?.period)).toBe(true);
          expect((repeat?.frequency ?? 0) / (repeat?.period ?? 1)).toBeCloseTo(dose.sessionsPerWeek, 10);
        }
        expect(repeat?.count ?? null).toBe(totalSessionsOf(dose));
        expect(repeat?.duration ?? null).toBe(dose.minutesPerSession);
        expect(repeat?.boundsDuration?.value ?? null).toBe(dose.weeks);
        expect(fhirR4Issues(request)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
