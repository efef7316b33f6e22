import { ageFromDob, intakeSchema, makeIntakeSchema, painLocationLabel, type IntakeFormValues } from "@/lib/schemas/intake";

const NOW = new Date("2026-03-15T12:00:00Z");
const schema = makeIntakeSchema(() => NOW);

const valid: IntakeFormValues = {
  patientName: "  Ana Ruiz ",
  dateOfBirth: "1964-05-02",
  sex: "female",
  mrn: "MRN-00123",
  pregnant: false,
  pregnancyWeeks: null,
  complaint: "bilat knee OA, worse on stairs x2y",
  painLocations: ["knees", "Left ankle"],
  duration: "2 years",
  painIntensity: 6,
  goals: "Walk the dog for 30 minutes",
  safetyFindings: ["bleeding"],
  medications: "apixaban",
  notes: "",
};

function errorsOf(input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

describe("intakeSchema", () => {
  test("accepts a full valid intake, trims text and keeps the fields", () => {
    const parsed = schema.parse(valid);
    expect(parsed.patientName).toBe("Ana Ruiz");
    expect(parsed.painLocations).toEqual(["knees", "Left ankle"]);
    expect(parsed.painIntensity).toBe(6);
    expect(parsed.safetyFindings).toEqual(["bleeding"]);
    expect(parsed.pregnancyWeeks).toBeNull();
  });

  test("the exported schema uses the real clock and accepts the same input", () => {
    expect(intakeSchema.safeParse(valid).success).toBe(true);
  });

  test("strips unknown keys (no mass assignment)", () => {
    const parsed = schema.parse({ ...valid, clinicianId: "someone-else", status: "final", id: "x" });
    expect(parsed).not.toHaveProperty("clinicianId");
    expect(parsed).not.toHaveProperty("status");
    expect(parsed).not.toHaveProperty("id");
  });

  test("minimal intake: optional fields default sensibly", () => {
    const parsed = schema.parse({ patientName: "A", dateOfBirth: "2000-01-01", sex: "unknown", complaint: "LBP" });
    expect(parsed).toMatchObject({
      pregnant: false,
      pregnancyWeeks: null,
      painLocations: [],
      safetyFindings: [],
      goals: "",
      medications: "",
      notes: "",
      painIntensity: null,
    });
    expect(parsed.mrn).toBeUndefined();
    expect(parsed.duration).toBeUndefined();
  });

  test("required fields give specific human messages", () => {
    const errors = errorsOf({ patientName: "   ", dateOfBirth: "", complaint: "", pregnant: false });
    expect(errors.patientName).toEqual(["Enter the patient's name"]);
    expect(errors.dateOfBirth).toEqual(["Enter the patient's date of birth"]);
    expect(errors.complaint).toEqual(["Describe the complaint"]);
    expect(errors.sex).toEqual(["Choose the patient's sex (or Unknown)"]);
  });

  test("length limits", () => {
    expect(errorsOf({ ...valid, patientName: "x".repeat(121) }).patientName).toEqual(["Patient name must be 120 characters or fewer"]);
    expect(errorsOf({ ...valid, complaint: "x".repeat(2001) }).complaint).toEqual(["Complaint must be 2,000 characters or fewer"]);
    expect(errorsOf({ ...valid, complaint: "x".repeat(2000) }).complaint).toBeUndefined();
    expect(errorsOf({ ...valid, complaint: "ab" }).complaint).toEqual(["Complaint must be at least 3 characters"]);
    expect(errorsOf({ ...valid, goals: "x".repeat(1001) }).goals).toEqual(["Goals must be 1,000 characters or fewer"]);
    expect(errorsOf({ ...valid, medications: "x".repeat(1001) }).medications).toHaveLength(1);
    expect(errorsOf({ ...valid, notes: "x".repeat(2001) }).notes).toEqual(["Notes must be 2,000 characters or fewer"]);
    expect(errorsOf({ ...valid, duration: "x".repeat(121) }).duration).toHaveLength(1);
  });

  test("date of birth: format, real date, not in the future, age at most 120", () => {
    expect(errorsOf({ ...valid, dateOfBirth: "02/05/1964" }).dateOfBirth?.[0]).toMatch(/YYYY-MM-DD/);
    expect(errorsOf({ ...valid, dateOfBirth: "2023-02-30" }).dateOfBirth?.[0]).toMatch(/real date/);
    expect(errorsOf({ ...valid, dateOfBirth: "2026-03-17" }).dateOfBirth).toEqual(["Date of birth can't be in the future"]);
    // "Today" in the earliest time zone (UTC+14) is still accepted.
    expect(errorsOf({ ...valid, dateOfBirth: "2026-03-16" }).dateOfBirth).toBeUndefined();
    expect(errorsOf({ ...valid, dateOfBirth: "1906-03-15" }).dateOfBirth).toBeUndefined();
    expect(errorsOf({ ...valid, dateOfBirth: "1905-03-16" }).dateOfBirth).toBeUndefined(); // age 120; 121 tomorrow
    expect(errorsOf({ ...valid, dateOfBirth: "1905-03-15" }).dateOfBirth?.[0]).toMatch(/over 120/); // 121 today
  });

  test("sex must be one of the four values", () => {
    expect(errorsOf({ ...valid, sex: "F" }).sex).toEqual(["Choose the patient's sex (or Unknown)"]);
    for (const sex of ["female", "male", "intersex", "unknown"]) {
      expect(errorsOf({ ...valid, sex }).sex).toBeUndefined();
    }
  });

  test("MRN: letters, digits and hyphens, at most 40; empty becomes undefined", () => {
    expect(errorsOf({ ...valid, mrn: "12 34" }).mrn).toEqual(["MRN may contain only letters, digits and hyphens"]);
    expect(errorsOf({ ...valid, mrn: "A".repeat(41) }).mrn).toEqual(["MRN must be 40 characters or fewer"]);
    expect(schema.parse({ ...valid, mrn: "  " }).mrn).toBeUndefined();
  });

  test("pregnancy weeks are required when pregnant and must be 1-42", () => {
    expect(errorsOf({ ...valid, pregnant: true, pregnancyWeeks: null }).pregnancyWeeks).toEqual(["Enter the weeks of pregnancy"]);
    expect(errorsOf({ ...valid, pregnant: true, pregnancyWeeks: 43 }).pregnancyWeeks?.[0]).toMatch(/between 1 and 42/);
    expect(errorsOf({ ...valid, pregnant: true, pregnancyWeeks: 0 }).pregnancyWeeks?.[0]).toMatch(/between 1 and 42/);
    expect(errorsOf({ ...valid, pregnant: true, pregnancyWeeks: 12.5 }).pregnancyWeeks?.[0]).toMatch(/whole number/);
    expect(schema.parse({ ...valid, pregnant: true, pregnancyWeeks: 20 }).pregnancyWeeks).toBe(20);
  });

  test("pregnancy is refused when sex is male, with a message saying how to fix it", () => {
    const errors = errorsOf({ ...valid, sex: "male", pregnant: true, pregnancyWeeks: 20 });
    expect(errors.pregnant?.[0]).toMatch(/sex is Male/);
  });

  test("weeks left behind after unticking pregnant are dropped, not refused", () => {
    expect(schema.parse({ ...valid, pregnant: false, pregnancyWeeks: 20 }).pregnancyWeeks).toBeNull();
  });

  test("pain intensity is an integer 0-10 or empty", () => {
    expect(errorsOf({ ...valid, painIntensity: 11 }).painIntensity).toHaveLength(1);
    expect(errorsOf({ ...valid, painIntensity: -1 }).painIntensity).toHaveLength(1);
    expect(errorsOf({ ...valid, painIntensity: 4.5 }).painIntensity?.[0]).toMatch(/whole number/);
    expect(errorsOf({ ...valid, painIntensity: Number.NaN }).painIntensity?.[0]).toMatch(/0 to 10/);
    expect(schema.parse({ ...valid, painIntensity: 0 }).painIntensity).toBe(0);
    expect(schema.parse({ ...valid, painIntensity: undefined }).painIntensity).toBeNull();
  });

  test("pain locations and safety findings are de-duplicated; bad codes refused", () => {
    const parsed = schema.parse({ ...valid, painLocations: ["knees", "knees", " neck "], safetyFindings: ["dvt", "dvt"] });
    expect(parsed.painLocations).toEqual(["knees", "neck"]);
    expect(parsed.safetyFindings).toEqual(["dvt"]);
    expect(errorsOf({ ...valid, safetyFindings: ["DROP TABLE"] })["safetyFindings.0"]).toEqual(["Unknown safety finding"]);
    expect(errorsOf({ ...valid, painLocations: [""] })["painLocations.0"]).toHaveLength(1);
  });

  test("painLocationLabel shows the checklist label or the free text", () => {
    expect(painLocationLabel("lower-back")).toBe("Lower back");
    expect(painLocationLabel("Left ankle")).toBe("Left ankle");
  });
});

describe("ageFromDob", () => {
  test("counts completed years", () => {
    expect(ageFromDob("1964-05-02", NOW)).toBe(61);
    expect(ageFromDob("1964-03-15", NOW)).toBe(62);
    expect(ageFromDob("1964-03-16", NOW)).toBe(61);
    expect(ageFromDob("2026-03-15", NOW)).toBe(0);
  });

  test("29 February birthdays count from 1 March in common years", () => {
    expect(ageFromDob("2000-02-29", new Date("2025-02-28T00:00:00Z"))).toBe(24);
    expect(ageFromDob("2000-02-29", new Date("2025-03-01T00:00:00Z"))).toBe(25);
  });

  test("null for a date that is not real", () => {
    expect(ageFromDob("1964-13-01", NOW)).toBeNull();
    expect(ageFromDob("not a date", NOW)).toBeNull();
  });
});

describe("dismissedFindings: a finding from the text unticked with a reason", () => {
  const schema = makeIntakeSchema();
  const base = { patientName: "A", dateOfBirth: "1970-01-01", sex: "female", complaint: "knee pain", medications: "apixaban" };
  test("a reason of a few words is kept, trimmed", () => {
    const parsed = schema.parse({ ...base, dismissedFindings: [{ code: "bleeding", reason: "  stopped last month " }] });
    expect(parsed.dismissedFindings).toEqual([{ code: "bleeding", reason: "stopped last month" }]);
  });
  test.each([
    [[{ code: "bleeding", reason: "" }], "dismissedFindings.0.reason", /Say why this finding does not apply/],
    [[{ code: "bleeding", reason: "no" }], "dismissedFindings.0.reason", /at least 5 characters/],
    [[{ code: "cauda-equina", reason: "chronic for years" }], "dismissedFindings.0.reason", /emergency red flag .* cannot be set aside/],
    [
      [{ code: "thunderclap-headache", reason: "chronic for years" }],
      "dismissedFindings.0.reason",
      /emergency red flag .* cannot be set aside/,
    ],
    [
      [
        { code: "bleeding", reason: "stopped last month" },
        { code: "bleeding", reason: "stopped again" },
      ],
      "dismissedFindings.1.code",
      /set aside twice/,
    ],
  ])("%j is refused on %s", (dismissedFindings, path, message) => {
    const result = schema.safeParse({ ...base, dismissedFindings });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join(".") === path);
    expect(issue?.message).toMatch(message);
  });
  test("ticked and set aside at once is refused", () => {
    const result = schema.safeParse({
      ...base,
      safetyFindings: ["bleeding"],
      dismissedFindings: [{ code: "bleeding", reason: "stopped last month" }],
    });
    expect(result.error?.issues[0]?.message).toMatch(/both ticked and set aside/);
  });
});
