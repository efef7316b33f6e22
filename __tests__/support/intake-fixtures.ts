/** Realistic intake input for referral tests: what the form submits before validation. */
export function intakeInput(overrides: Record<string, unknown> = {}) {
  return {
    patientName: "Alex Example",
    dateOfBirth: "1970-04-12",
    sex: "female",
    mrn: "MRN-1234",
    pregnant: false,
    pregnancyWeeks: null,
    complaint: "62F bilat knee OA, pain worse on stairs x2y, no locking",
    painLocations: ["knees"],
    duration: "2 years",
    painIntensity: 6,
    goals: "Climb stairs without stopping",
    safetyFindings: [],
    medications: "paracetamol",
    notes: "",
    ...overrides,
  };
}

/** One realistic complaint per seeded condition (clinicians' shorthand, as in the matcher dev set). */
export const complaintFor: Record<string, string> = {
  "knee-osteoarthritis": "62F bilat knee OA, pain worse on stairs x2y, no locking",
  "chronic-neck-pain": "chronic neck pain 8 months, desk worker, no radicular sx",
  "tension-type-headache": "tension headaches most afternoons for the past year, feels like a tight cap",
  fibromyalgia: "fibromyalgia dx 2018, widespread pain and poor sleep",
  "chronic-low-back-pain": "chronic non-specific low back pain for 2 years, desk job",
  "cancer-related-symptoms": "metastatic breast ca on chemo, pain and anxiety",
  "exercise-muscle-soreness": "delayed onset muscle soreness after heavy leg day",
};
