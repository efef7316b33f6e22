import {
  canTransition,
  changedDoseFields,
  createReferralSchema,
  createReferralSchemaFor,
  doseInputSchema,
  nextStatuses,
  overrideReasonCodes,
  overrideReasonLabels,
  referralSearchSchema,
  referralStatuses,
  validateDoseChange,
  type DoseInput,
  type SuggestedDose,
} from "@/lib/schemas/referral";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";

const one = (n: number) => ({ min: n, max: n });
const kneeSuggested: SuggestedDose = { minutesPerSession: one(60), sessionsPerWeek: one(1), weeks: one(8), totalSessions: one(8) };
const neckSuggested: SuggestedDose = {
  minutesPerSession: one(60),
  sessionsPerWeek: { min: 2, max: 3 },
  weeks: one(4),
  totalSessions: { min: 8, max: 12 },
};
const kneeFinal: DoseInput = { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 };

const baseIntake = { patientName: "Ana Ruiz", dateOfBirth: "1964-05-02", sex: "female", complaint: "knee OA" };
const base = {
  idempotencyKey: "6f1c2b9e-3a4d-4c5e-8f70-123456789abc",
  intake: baseIntake,
  conditionSlug: "knee-osteoarthritis",
  finalDose: kneeFinal,
  status: "final",
  suggestedFor: intakeFingerprint(baseIntake),
};

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("doseInputSchema", () => {
  test("positive figures or null", () => {
    expect(doseInputSchema.safeParse(kneeFinal).success).toBe(true);
    expect(doseInputSchema.safeParse({ minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null }).success).toBe(
      true,
    );
    expect(doseInputSchema.safeParse({ ...kneeFinal, sessionsPerWeek: 0.5, totalSessions: 4 }).success).toBe(true);
    // The total is frequency × weeks: 0.5 a week for 8 weeks cannot be 8 sessions.
    expect(fieldErrors(doseInputSchema.safeParse({ ...kneeFinal, sessionsPerWeek: 0.5 })).totalSessions).toEqual([
      "Total sessions must be sessions per week × weeks (0.5 × 8 = 4)",
    ]);
    expect(fieldErrors(doseInputSchema.safeParse({ ...kneeFinal, sessionsPerWeek: 0.3 })).sessionsPerWeek).toEqual([
      "Sessions per week must be a whole or half number (0.5 = once every 2 weeks)",
    ]);
    expect(
      fieldErrors(doseInputSchema.safeParse({ ...kneeFinal, sessionsPerWeek: 1.5, weeks: 5, totalSessions: null })).weeks?.[0],
    ).toMatch(/is 7\.5 sessions/);
    const errors = fieldErrors(doseInputSchema.safeParse({ minutesPerSession: 0, sessionsPerWeek: -1, weeks: 8.5, totalSessions: 501 }));
    expect(errors.minutesPerSession).toEqual(["Minutes per session must be more than 0"]);
    expect(errors.sessionsPerWeek).toEqual(["Sessions per week must be more than 0"]);
    expect(errors.weeks).toEqual(["Number of weeks must be a whole number"]);
    expect(errors.totalSessions).toEqual(["Total sessions must be 500 or fewer"]);
  });
});

describe("validateDoseChange", () => {
  test("the suggested dose unchanged needs no reason", () => {
    expect(validateDoseChange(kneeSuggested, kneeFinal, undefined, undefined)).toEqual({});
    expect(changedDoseFields(kneeSuggested, kneeFinal)).toEqual([]);
  });

  test("a figure inside a suggested range is not a change", () => {
    const final = { minutesPerSession: 60, sessionsPerWeek: 3, weeks: 4, totalSessions: 12 };
    expect(changedDoseFields(neckSuggested, final)).toEqual([]);
  });

  test("a change needs a coded reason and a note of at least 5 characters", () => {
    const final = { ...kneeFinal, minutesPerSession: 30 };
    expect(changedDoseFields(kneeSuggested, final)).toEqual(["minutesPerSession"]);
    expect(validateDoseChange(kneeSuggested, final, undefined, "")).toEqual({
      overrideReason: "Choose a reason for changing the suggested dose",
      overrideNote: "Explain the change from the suggested dose (at least 5 characters)",
    });
    expect(validateDoseChange(kneeSuggested, final, "cost-or-access", "abc ")).toEqual({
      overrideNote: "Explain the change from the suggested dose (at least 5 characters)",
    });
    expect(validateDoseChange(kneeSuggested, final, "cost-or-access", "Insurance covers 30 min")).toEqual({});
  });

  test("dropping a suggested figure is a change; filling a not-established one is not", () => {
    expect(changedDoseFields(kneeSuggested, { ...kneeFinal, weeks: null })).toEqual(["weeks"]);
    const fibro: SuggestedDose = { minutesPerSession: null, sessionsPerWeek: { min: 1, max: 2 }, weeks: one(10), totalSessions: one(15) };
    expect(changedDoseFields(fibro, { minutesPerSession: 60, sessionsPerWeek: 2, weeks: 10, totalSessions: 15 })).toEqual([]);
  });

  test("no suggestion: nothing to depart from", () => {
    expect(validateDoseChange(null, kneeFinal, undefined, undefined)).toEqual({});
  });
});

describe("createReferralSchema", () => {
  test("valid input parses and unknown keys (clinicianId) are stripped", () => {
    const parsed = createReferralSchema.parse({ ...base, clinicianId: "attacker", intake: { ...base.intake, clinicianId: "x" } });
    expect(parsed).not.toHaveProperty("clinicianId");
    expect(parsed.intake).not.toHaveProperty("clinicianId");
    expect(parsed.intake.patientName).toBe("Ana Ruiz");
  });

  test("idempotency key must be a UUID; status draft or final only", () => {
    const errors = fieldErrors(createReferralSchema.safeParse({ ...base, idempotencyKey: "1", status: "sent" }));
    expect(errors.idempotencyKey?.[0]).toMatch(/submission key/);
    expect(errors.status).toEqual(["Save as draft or final"]);
  });

  test("intake errors surface under intake.*", () => {
    const errors = fieldErrors(createReferralSchema.safeParse({ ...base, intake: { ...base.intake, complaint: "" } }));
    expect(errors["intake.complaint"]).toEqual(["Describe the complaint"]);
  });

  test("a reason needs its note and a note needs its reason", () => {
    expect(fieldErrors(createReferralSchema.safeParse({ ...base, overrideReason: "other" })).overrideNote).toHaveLength(1);
    expect(fieldErrors(createReferralSchema.safeParse({ ...base, overrideNote: "Patient prefers" })).overrideReason).toHaveLength(1);
    expect(
      fieldErrors(createReferralSchema.safeParse({ ...base, overrideReason: "bogus", overrideNote: "x x x x" })).overrideReason,
    ).toEqual(["Choose a reason from the list"]);
  });

  test("a final referral needs at least one dose figure; a draft does not", () => {
    const empty = { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null };
    expect(fieldErrors(createReferralSchema.safeParse({ ...base, finalDose: empty }))["finalDose.minutesPerSession"]).toHaveLength(1);
    expect(createReferralSchema.safeParse({ ...base, finalDose: empty, status: "draft" }).success).toBe(true);
  });
});

describe("createReferralSchemaFor (the action's schema, with the recomputed suggestion)", () => {
  const changed = { ...base, finalDose: { ...kneeFinal, sessionsPerWeek: 2, totalSessions: 16 } };

  test("a changed dose without a reason is refused with one message per field", () => {
    const errors = fieldErrors(createReferralSchemaFor({ suggestedDose: kneeSuggested, blocked: false }).safeParse(changed));
    expect(errors.overrideReason).toEqual(["Choose a reason for changing the suggested dose"]);
    expect(errors.overrideNote).toHaveLength(1);
  });

  test("reason given but note short: exactly one note message (no duplicate)", () => {
    const errors = fieldErrors(
      createReferralSchemaFor({ suggestedDose: kneeSuggested, blocked: false }).safeParse({
        ...changed,
        overrideReason: "comorbidity",
        overrideNote: "ok",
      }),
    );
    expect(errors.overrideNote).toHaveLength(1);
    expect(errors.overrideReason).toBeUndefined();
  });

  test("a changed dose with reason and note is accepted", () => {
    const input = { ...changed, overrideReason: "patient-preference", overrideNote: "Wants two shorter weeks" };
    expect(createReferralSchemaFor({ suggestedDose: kneeSuggested, blocked: false }).safeParse(input).success).toBe(true);
  });

  test("a deferred referral needs a written override to be saved", () => {
    const schema = createReferralSchemaFor({ suggestedDose: kneeSuggested, blocked: true });
    expect(fieldErrors(schema.safeParse(base)).deferOverrideNote?.[0]).toMatch(/advises against referral/);
    expect(schema.safeParse({ ...base, deferOverrideNote: "DVT excluded by duplex ultrasound today" }).success).toBe(true);
  });

  test("referring past a defer-level stop needs a real reason: a 9-character note is refused, 10 characters are enough", () => {
    const schema = createReferralSchemaFor({ suggestedDose: kneeSuggested, blocked: true });
    expect(fieldErrors(schema.safeParse({ ...base, deferOverrideNote: "ok" })).deferOverrideNote?.[0]).toMatch(/at least 10 characters/);
    expect(fieldErrors(schema.safeParse({ ...base, deferOverrideNote: "US normal" })).deferOverrideNote).toHaveLength(1);
    expect(schema.safeParse({ ...base, deferOverrideNote: "US normal." }).success).toBe(true);
  });
});

describe("statuses and transitions", () => {
  test("final → sent → completed; a draft becomes final only by being saved again (the final-only rules run)", () => {
    expect(canTransition("draft", "final")).toBe(false);
    expect(canTransition("final", "sent")).toBe(true);
    expect(canTransition("sent", "completed")).toBe(true);
  });

  test("no skipping, no going back, terminal states stay", () => {
    expect(canTransition("draft", "sent")).toBe(false);
    expect(canTransition("draft", "completed")).toBe(false);
    expect(canTransition("final", "draft")).toBe(false);
    expect(canTransition("completed", "cancelled")).toBe(false);
    expect(canTransition("cancelled", "draft")).toBe(false);
    expect(canTransition("draft", "draft")).toBe(false);
  });

  test("any non-terminal status can be cancelled", () => {
    for (const from of ["draft", "final", "sent"] as const) expect(canTransition(from, "cancelled")).toBe(true);
    expect(nextStatuses("completed")).toEqual([]);
    // "amended" is set only by saving an amendment, and is terminal.
    expect(nextStatuses("amended")).toEqual([]);
    for (const from of referralStatuses) expect(canTransition(from, "amended")).toBe(false);
    expect(referralStatuses).toEqual(["draft", "final", "sent", "completed", "cancelled", "amended"]);
  });

  test("every override reason has a label", () => {
    expect(overrideReasonCodes.map((c) => overrideReasonLabels[c])).toEqual([
      "Patient preference",
      "Cost or access",
      "Comorbidity",
      "Clinical judgement",
      "Other",
    ]);
  });
});

describe("referralSearchSchema", () => {
  test("defaults and coercion from URL strings", () => {
    expect(referralSearchSchema.parse({})).toEqual({ query: "", page: 1, pageSize: 20 });
    expect(referralSearchSchema.parse({ query: " ruiz ", status: "sent", page: "3", pageSize: "10" })).toEqual({
      query: "ruiz",
      status: "sent",
      page: 3,
      pageSize: 10,
    });
    expect(referralSearchSchema.parse({ status: "" }).status).toBeUndefined();
    expect(referralSearchSchema.parse({ status: "all" }).status).toBeUndefined();
  });

  test("limits", () => {
    expect(referralSearchSchema.safeParse({ query: "x".repeat(101) }).success).toBe(false);
    expect(referralSearchSchema.safeParse({ page: "0" }).success).toBe(false);
    expect(referralSearchSchema.safeParse({ pageSize: "9" }).success).toBe(false);
    expect(referralSearchSchema.safeParse({ pageSize: "51" }).success).toBe(false);
    expect(referralSearchSchema.safeParse({ status: "deleted" }).success).toBe(false);
  });
});
