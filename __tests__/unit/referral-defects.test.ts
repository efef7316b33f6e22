/**
 * One test per defect of issue 14 (items 1-3, 5-7; 4, 8 and 9 are in the component and integration
 * tests), written against the public functions the app uses so each one failed on the code before the fix.
 */
import { startingDose } from "@/components/intake/form-model";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";
import { buildCardForCondition } from "@/lib/domain/referral/suggest";
import { doseToTimingRepeat, toFhirServiceRequest } from "@/lib/domain/referral/fhir";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { buildPatientCopy, patientCopyText } from "@/lib/domain/referral/patient-copy";
import { createReferralSchema, createReferralSchemaFor, type DoseInput } from "@/lib/schemas/referral";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { exampleIntake, sheetDataFixture } from "../support/referral-fixtures";
import { fhirR4Issues } from "../support/fhir-validator";

const NOW = new Date("2026-11-29T12:00:00.000Z");
const snapshot: EvidenceSnapshot = { versionId: "ev-1", versionNumber: 1, content: seedEvidence };

function card(slug: string) {
  const c = buildCardForCondition(snapshot, slug, exampleIntake(), null);
  if (!c) throw new Error(`no card for ${slug}`);
  return c;
}

function sheetFor(slug: string, finalDose: DoseInput, extra: Parameters<typeof sheetDataFixture>[0] = {}) {
  const data = sheetDataFixture({ slug, finalDose, ...extra });
  return { data, sheet: buildReferralSheet(data, NOW) };
}

const saveIntake = { patientName: "Ana Ruiz", dateOfBirth: "1964-05-02", sex: "female", complaint: "fibromyalgia" };
const saveBase = {
  idempotencyKey: "6f1c2b9e-3a4d-4c5e-8f70-123456789abc",
  intake: saveIntake,
  conditionSlug: "fibromyalgia",
  status: "final",
  suggestedFor: intakeFingerprint(saveIntake),
};

function errorPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join("."));
}

describe("defect 1: total sessions are frequency × weeks on every surface", () => {
  test("fibromyalgia once a week for 10 weeks prints 10 sessions, never the evidence's 15", () => {
    const { data, sheet } = sheetFor("fibromyalgia", { minutesPerSession: null, sessionsPerWeek: 1, weeks: 10, totalSessions: 15 });
    expect(sheet.prescriptionLine).toMatch(/once a week, for 10 weeks \(10 sessions\)/i);
    expect(sheet.prescriptionLine).not.toContain("15 sessions");
    expect(patientCopyText(buildPatientCopy(data))).toContain("10 sessions in all.");
    expect(toFhirServiceRequest(data).occurrenceTiming?.repeat?.count).toBe(10);
  });

  test("knee OA changed to 45 min twice a week for 8 weeks prints 16 sessions and 3 CPT units", () => {
    const { sheet } = sheetFor("knee-osteoarthritis", { minutesPerSession: 45, sessionsPerWeek: 2, weeks: 8, totalSessions: 8 });
    expect(sheet.prescriptionLine).toBe("Massage therapy: 45-minute sessions, twice a week, for 8 weeks (16 sessions)");
    expect(sheet.cptLine).toMatch(/: 3 units per session$/);
  });

  test("a save whose typed total contradicts frequency × weeks is refused on the total", () => {
    const result = createReferralSchema.safeParse({
      ...saveBase,
      finalDose: { minutesPerSession: null, sessionsPerWeek: 1, weeks: 10, totalSessions: 15 },
    });
    expect(errorPaths(result)).toContain("finalDose.totalSessions");
  });
});

describe("defect 2: a range is never silently its minimum", () => {
  test("the dose editor leaves ranged figures for the clinician to choose; single figures start filled", () => {
    expect(startingDose(card("chronic-neck-pain"))).toEqual({
      minutesPerSession: 60,
      sessionsPerWeek: null,
      weeks: 4,
      totalSessions: null,
    });
    expect(startingDose(card("cancer-related-symptoms")).minutesPerSession).toBeNull();
    expect(startingDose(card("knee-osteoarthritis"))).toEqual({ minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 });
  });

  test("a final referral with a ranged figure left unchosen is refused on that figure", () => {
    const neck = card("chronic-neck-pain");
    const result = createReferralSchemaFor({ suggestedDose: neck.dose, blocked: false }).safeParse({
      ...saveBase,
      conditionSlug: "chronic-neck-pain",
      finalDose: { minutesPerSession: 60, sessionsPerWeek: null, weeks: 4, totalSessions: null },
    });
    expect(errorPaths(result)).toContain("finalDose.sessionsPerWeek");
  });

  test("CPT units follow the chosen session length (cancer 20-60 min, 45 chosen: 3 units)", () => {
    const { sheet } = sheetFor("cancer-related-symptoms", {
      minutesPerSession: 45,
      sessionsPerWeek: null,
      weeks: null,
      totalSessions: null,
    });
    expect(sheet.prescriptionLine).toContain("45-minute sessions");
    expect(sheet.cptLine).toMatch(/: 3 units per session$/);
  });
});

describe("defect 3: FHIR Timing within R4's integer rules", () => {
  test("1.5 sessions a week travels as 3 per 2 weeks, exactly, and the resource validates", () => {
    const dose = { minutesPerSession: 60, sessionsPerWeek: 1.5, weeks: 10, totalSessions: null };
    expect(doseToTimingRepeat(dose)).toEqual(
      expect.objectContaining({ frequency: 3, period: 2, periodUnit: "wk", count: 15, duration: 60, durationUnit: "min" }),
    );
    const { data } = sheetFor("fibromyalgia", dose);
    expect(fhirR4Issues(toFhirServiceRequest(data))).toEqual([]);
  });

  test("every other week is 1 per 2 weeks", () => {
    expect(doseToTimingRepeat({ minutesPerSession: null, sessionsPerWeek: 0.5, weeks: 8, totalSessions: null })).toEqual(
      expect.objectContaining({ frequency: 1, period: 2, count: 4 }),
    );
  });
});

describe("defect 5: an overridden defer finding prints one consistent message", () => {
  test("a final sheet never tells the therapist 'Do not refer now' under a prescription", () => {
    const { sheet } = sheetFor(
      "chronic-low-back-pain",
      { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 10, totalSessions: 10 },
      {
        intake: { safetyFindings: ["dvt"] },
        deferOverrideNote: "Duplex scan negative on 2026-11-20, DVT excluded",
      },
    );
    const printed = [...sheet.precautions, ...sheet.techniqueChanges, ...sheet.areasToAvoid].join("\n");
    expect(printed).not.toMatch(/do not refer/i);
    expect(sheet.overrides.map((o) => `${o.title} ${o.note}`).join(" ")).toMatch(/Duplex scan negative/);
    expect(sheet.overrides.some((o) => /deep vein thrombosis|DVT/i.test(`${o.title} ${o.reason}`))).toBe(true);
  });
});

describe("defect 5: an overridden emergency is called an emergency, never printed as an instruction", () => {
  test("the emergency stop line moves out of the precautions into the override, with 'emergency' wording", async () => {
    const { sheetPrecautions, safetyOverrideText } = await import("@/lib/domain/referral/sheet-precautions");
    const printed = sheetPrecautions({
      precautions: [
        "Emergency: do not refer — Cauda equina syndrome: emergency assessment today (source: ACP 2017)",
        "Change technique — Bleeding risk: gentle",
      ],
      grouped: [],
      safetyOverridden: true,
    });
    expect(printed.precautions).toEqual(["Change technique — Bleeding risk: gentle"]);
    expect(safetyOverrideText(printed.overridden).reason).toMatch(
      /found Emergency: Cauda equina syndrome and advised emergency medical assessment/,
    );
    expect(safetyOverrideText(printed.overridden).reason).not.toMatch(/urgent/i);
  });
});

describe("defect 6: a referral from a superseded evidence version says so", () => {
  test("the sheet names the version it was made from and that the evidence has since changed", () => {
    const data = sheetDataFixture({});
    const sheet = buildReferralSheet({ ...data, evidence: { ...data.evidence, currentVersionNumber: 2 } }, NOW);
    expect(sheet.evidence.supersededLine).toMatch(/version 1\b.*superseded.*version 2/i);
    expect(buildReferralSheet(data, NOW).evidence.supersededLine).toBeNull();
  });
});

describe("defect 6: the reference's words are not quoted as support for a dose an admin changed", () => {
  test("knee OA changed to 45 min: the card and the sheet say the words (60 min) no longer match", () => {
    const edited: EvidenceSnapshot = {
      versionId: "ev-2",
      versionNumber: 2,
      content: {
        ...seedEvidence,
        recommendations: seedEvidence.recommendations.map((r) =>
          r.conditionSlug === "knee-osteoarthritis" ? { ...r, minutesPerSession: { min: 45, max: 45 } } : r,
        ),
      },
    };
    const knee = buildCardForCondition(edited, "knee-osteoarthritis", exampleIntake(), null);
    expect(knee?.warnings.join(" ")).toMatch(/words give 60 min per session; the dose gives 45/);
    const data = sheetDataFixture({ finalDose: { minutesPerSession: 45, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 } });
    const sheet = buildReferralSheet({ ...data, suggestedDose: knee?.dose ?? null }, NOW);
    expect(sheet.evidence.summaryWarning).toMatch(/no longer match this dose/);
  });
});

describe("defect 7: each precaution is printed once", () => {
  test("a technique change is listed under technique changes only, not again under precautions", () => {
    const { sheet } = sheetFor(
      "knee-osteoarthritis",
      { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
      {
        intake: { safetyFindings: ["bleeding"] },
      },
    );
    expect(sheet.techniqueChanges.length).toBeGreaterThan(0);
    const lines = [...sheet.precautions, ...sheet.techniqueChanges, ...sheet.areasToAvoid];
    for (const change of sheet.techniqueChanges) {
      const guidance = change.split(": ").slice(1).join(": ").replace(/\.$/, "");
      expect(lines.filter((l) => l.includes(guidance))).toHaveLength(1);
    }
  });
});
