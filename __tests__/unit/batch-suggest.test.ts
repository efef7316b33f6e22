/**
 * `npm run suggest` answers one typed line at a time with the same clinical answer the intake page gives:
 * the top condition, its dose (only when the patient may be referred now and an adult dose applies), and
 * every safety rule with what triggered it. Each result is built inside its test (Stryker's `ignoreStatic`
 * credits only what a test runs; docs/mutation-testing.md).
 */
import { buildMatcherIndex, toMatcherConditions } from "@/lib/domain/matcher";
import { suggestBatchLine, type SuggestBatchResult } from "@/lib/domain/referral/batch-suggest";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import type { SuggestBatchLine } from "@/lib/schemas/suggest-batch";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

const snapshot: EvidenceSnapshot = { versionId: "seed", versionNumber: 1, content: seedEvidence };
const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const today = new Date("2026-12-02T12:00:00Z");

const KNEE_OA_DOSE = {
  minutesPerSession: { min: 60, max: 60 },
  sessionsPerWeek: { min: 1, max: 1 },
  weeks: { min: 8, max: 8 },
  totalSessions: { min: 8, max: 8 },
  line: "60-minute sessions, once a week, for 8 weeks (8 sessions)",
};
const LOW_BACK_LINE = "60-minute sessions, once a week, for 10 weeks (10 sessions)";

function suggest(line: Partial<SuggestBatchLine> & { complaint: string }, evidence: EvidenceSnapshot = snapshot): SuggestBatchResult {
  return suggestBatchLine(evidence, index, { id: "line-1", ...line }, today);
}

function withRetired(codes: string[]): EvidenceSnapshot {
  const safetyRules = seedEvidence.safetyRules.map((r) => (codes.includes(r.code) ? { ...r, retired: true } : r));
  return { ...snapshot, content: { ...seedEvidence, safetyRules } };
}

describe("the dose a batch line gets", () => {
  test("an older adult with knee osteoarthritis and nothing to screen: the seeded weekly 60-minute dose for 8 weeks, clear, no warnings", () => {
    expect(suggest({ id: 7, complaint: "knee osteoarthritis", age: 70, sex: "female" })).toEqual({
      id: 7,
      condition: "knee-osteoarthritis",
      dose: KNEE_OA_DOSE,
      safety: { outcome: "clear", rules: [] },
    });
  });

  test("a precaution keeps the dose: the therapist adapts the technique, the course stays", () => {
    const out = suggest({ complaint: "knee osteoarthritis", age: 70, medications: "warfarin" });
    expect(out.safety.outcome).toBe("precautions");
    expect(out.dose).toEqual(KNEE_OA_DOSE);
  });

  test("a defer finding withholds the dose but still names the condition", () => {
    const out = suggest({ complaint: "knee osteoarthritis", age: 70, findings: ["fever"] });
    expect(out).toMatchObject({ condition: "knee-osteoarthritis", dose: null, safety: { outcome: "defer" } });
  });

  test("an emergency in the complaint withholds the dose and names the words that raised it", () => {
    const out = suggest({ complaint: "sudden worst headache of my life", age: 40 });
    expect(out.dose).toBeNull();
    expect(out.safety).toEqual({
      outcome: "emergency",
      rules: [
        {
          code: "thunderclap-headache",
          severity: "emergency",
          trigger: 'complaint: "worst headache of my life" (thunderclap headache)',
        },
      ],
    });
  });

  test("a built-in emergency code ticked by another system stops the referral", () => {
    const out = suggest({ complaint: "chronic low back pain", age: 30, findings: ["cauda-equina"] });
    expect(out.dose).toBeNull();
    expect(out.safety).toEqual({
      outcome: "emergency",
      rules: [{ code: "cauda-equina", severity: "emergency", trigger: "ticked on the intake form" }],
    });
  });

  test("where the evidence gives no dose the line says so; no dose is made up", () => {
    const out = suggest({ complaint: "tension headache", age: 40 });
    expect(out.condition).toBe("tension-type-headache");
    expect(out.dose).toEqual({
      minutesPerSession: null,
      sessionsPerWeek: null,
      weeks: null,
      totalSessions: null,
      line: "Dose not established by the evidence: no dose is suggested. Agree the dose with the therapist.",
    });
  });

  test("a complaint that matches no condition gets no condition and no dose", () => {
    expect(suggest({ complaint: "the weather", age: 70 })).toMatchObject({ condition: null, dose: null, safety: { outcome: "clear" } });
  });
});

describe("the patient's age: adult evidence is not given to a child", () => {
  test("the date of birth wins over the age field: born 2016 is a child of 10 whatever the age field says", () => {
    const out = suggest({ complaint: "chronic low back pain", dob: "2016-01-01", age: 40 });
    expect(out.dose).toBeNull();
    expect(out.safety.rules).toEqual([{ code: "child", severity: "modify", trigger: "age 10 (date of birth)" }]);
  });

  test("a baby born this year is age 0 by date of birth, still a child", () => {
    const out = suggest({ complaint: "chronic low back pain", dob: "2026-06-01", age: 40 });
    expect(out.dose).toBeNull();
    expect(out.safety.rules).toEqual([{ code: "child", severity: "modify", trigger: "age 0 (date of birth)" }]);
  });

  test("a date of birth in the future is not an age: the age field is used", () => {
    const out = suggest({ complaint: "chronic low back pain", dob: "2030-01-01", age: 9 });
    expect(out.safety.rules).toEqual([{ code: "child", severity: "modify", trigger: "age 9 (age field)" }]);
  });

  test("the age field alone: 0 years is a child, 40 years gets the adult dose", () => {
    expect(suggest({ complaint: "chronic low back pain", age: 0 }).safety.rules).toEqual([
      { code: "child", severity: "modify", trigger: "age 0 (age field)" },
    ]);
    expect(suggest({ complaint: "chronic low back pain", age: 40 }).dose?.line).toBe(LOW_BACK_LINE);
  });

  test("no age at all: the adult dose, with no child rule", () => {
    const out = suggest({ complaint: "chronic low back pain" });
    expect(out).toMatchObject({ dose: { line: LOW_BACK_LINE }, safety: { outcome: "clear", rules: [] } });
  });
});

describe("pregnancy and sex", () => {
  test("pregnantWeeks records a pregnancy precaution with its weeks; the dose stays", () => {
    const out = suggest({ complaint: "chronic low back pain", sex: "female", age: 30, pregnantWeeks: 20 });
    expect(out.safety).toEqual({
      outcome: "precautions",
      rules: [{ code: "pregnancy", severity: "modify", trigger: "recorded as pregnant, 20 weeks" }],
    });
    expect(out.dose?.line).toBe(LOW_BACK_LINE);
  });

  test("a line without pregnantWeeks is not recorded as pregnant", () => {
    expect(suggest({ complaint: "chronic low back pain", sex: "female", age: 30 }).safety.rules).toEqual([]);
  });

  test("pregnancy words apply unless the recorded sex is male", () => {
    const complaint = "chronic low back pain, 20 weeks pregnant";
    const pregnancy = [{ code: "pregnancy", severity: "modify", trigger: 'complaint: "pregnant" (20 weeks, trimester 2)' }];
    expect(suggest({ complaint, age: 30, sex: "female" }).safety.rules).toEqual(pregnancy);
    expect(suggest({ complaint, age: 30, sex: "other" }).safety.rules).toEqual(pregnancy);
    expect(suggest({ complaint, age: 30 }).safety.rules).toEqual(pregnancy);
    expect(suggest({ complaint, age: 30, sex: "male" }).safety.rules).toEqual([]);
  });
});

describe("finding codes", () => {
  test("codes from other systems map to the seeded rule in any case; an unknown code is reported, never dropped silently", () => {
    const out = suggest({ complaint: "knee osteoarthritis", age: 70, findings: ["Anticoagulant", "PACEMAKER", "nope"] });
    expect(out.safety).toEqual({
      outcome: "precautions",
      rules: [
        { code: "bleeding", severity: "modify", trigger: "ticked on the intake form" },
        { code: "implanted-device", severity: "local", trigger: "ticked on the intake form" },
      ],
    });
    expect(out.warnings).toEqual(['unknown finding code "nope" ignored']);
  });

  test("a seeded code is taken as written, whatever its case", () => {
    expect(suggest({ complaint: "knee osteoarthritis", age: 70, findings: ["Sensory-Loss"] }).safety.rules).toEqual([
      { code: "sensory-loss", severity: "modify", trigger: "ticked on the intake form" },
    ]);
  });

  test("a retired rule's code, or an alias of it, is reported as unknown instead of vanishing", () => {
    const out = suggest(
      { complaint: "knee osteoarthritis", age: 70, findings: ["varicose-veins", "anticoagulant"] },
      withRetired(["varicose-veins", "bleeding"]),
    );
    expect(out.safety).toEqual({ outcome: "clear", rules: [] });
    expect(out.warnings).toEqual(['unknown finding code "varicose-veins" ignored', 'unknown finding code "anticoagulant" ignored']);
  });

  test("rules are listed deferrals first, then technique changes, then areas to avoid; each names every trigger", () => {
    const out = suggest({
      complaint: "knee osteoarthritis",
      age: 70,
      findings: ["varicose-veins", "bleeding", "fever"],
      medications: "warfarin",
    });
    expect(out.safety).toEqual({
      outcome: "defer",
      rules: [
        { code: "fever-infection", severity: "defer", trigger: "ticked on the intake form" },
        { code: "bleeding", severity: "modify", trigger: 'ticked on the intake form; medications: "warfarin" (anticoagulant)' },
        { code: "varicose-veins", severity: "local", trigger: "ticked on the intake form" },
      ],
    });
  });

  test("medications and notes are screened as well as the complaint", () => {
    expect(suggest({ complaint: "knee osteoarthritis", age: 70, medications: "warfarin", notes: "pacemaker fitted" }).safety.rules).toEqual(
      [
        { code: "bleeding", severity: "modify", trigger: 'medications: "warfarin" (anticoagulant)' },
        { code: "implanted-device", severity: "local", trigger: 'notes: "pacemaker" (implanted device)' },
      ],
    );
  });
});
