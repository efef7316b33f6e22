import fc from "fast-check";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";
import { intakeSchema, type IntakeInput } from "@/lib/schemas/intake";
import { exampleIntake } from "../support/referral-fixtures";

describe("intakeFingerprint", () => {
  const base = exampleIntake();

  test("changes with anything the matcher or safety screen reads", () => {
    const fp = intakeFingerprint(base);
    const changes: Partial<IntakeInput>[] = [
      { complaint: "fibromyalgia" },
      { safetyFindings: ["dvt"] },
      { dateOfBirth: "2015-01-01" },
      { pregnant: true, pregnancyWeeks: 20 },
      { medications: "warfarin" },
      { notes: "new calf swelling" },
      { painLocations: ["knees", "hips"] },
      { duration: "2 days" },
      { painIntensity: 9 },
    ];
    for (const change of changes) expect(intakeFingerprint({ ...base, ...change })).not.toBe(fp);
  });

  test("ignores the patient's name, MRN and goals, whitespace, order and repeats", () => {
    const fp = intakeFingerprint(base);
    expect(intakeFingerprint({ ...base, patientName: "Maria López", mrn: "X-2", goals: "Garden again" })).toBe(fp);
    expect(intakeFingerprint({ ...base, complaint: `  ${base.complaint} ` })).toBe(fp);
    const two = { ...base, painLocations: ["lower-back", "knees"] };
    expect(intakeFingerprint({ ...two, painLocations: ["knees", "lower-back", "knees"] })).toBe(intakeFingerprint(two));
  });

  test("the browser's raw form values and the server's parsed intake give the same fingerprint (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          complaint: fc.string({ minLength: 3, maxLength: 60 }).filter((t) => t.trim().length >= 3),
          duration: fc.constantFrom("", "3 years", " 6 months "),
          medications: fc.constantFrom("", "warfarin ", "none"),
          findings: fc.subarray(["dvt", "bleeding", "skin", "dvt"]),
        }),
        ({ complaint, duration, medications, findings }) => {
          const raw = { ...base, mrn: "", complaint, duration, medications, safetyFindings: findings };
          const parsed = intakeSchema.safeParse(raw);
          fc.pre(parsed.success);
          if (parsed.success) expect(intakeFingerprint(parsed.data)).toBe(intakeFingerprint(raw));
        },
      ),
    );
  });
});
