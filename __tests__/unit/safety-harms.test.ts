/**
 * The harmful behaviours of the first safety screen (issue 18), one test each, through the same path the
 * intake page uses: the real matcher over the seeded evidence, then buildSuggestions. Each failed before
 * safety screen v2 (run against the previous main).
 */
import { buildMatcherIndex, matchComplaint, toMatcherConditions } from "@/lib/domain/matcher";
import { buildSuggestions } from "@/lib/domain/referral/suggest";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { intakeSchema, type IntakeInput } from "@/lib/schemas/intake";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { intakeInput } from "../support/intake-fixtures";

const snapshot: EvidenceSnapshot = { versionId: "ev", versionNumber: 1, content: seedEvidence };
const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));

function suggest(complaint: string, extra: Partial<IntakeInput> = {}, evidence: EvidenceSnapshot = snapshot) {
  const intake = intakeSchema.parse(intakeInput({ complaint, painLocations: [], medications: "", ...extra }));
  const result = buildSuggestions({ snapshot: evidence, match: matchComplaint(index, complaint), intake });
  const all = [...result.safety.deferred, ...result.safety.techniqueChanges, ...result.safety.areasToAvoid];
  return { result, deferred: result.safety.deferred.map((i) => i.code), codes: all.map((i) => i.code).sort(), items: all };
}

test("1. a hospice patient with metastatic cancer, bone pain and weight loss is referred with precautions, not deferred (Mao 2022 SIO-ASCO)", () => {
  const s = suggest("Metastatic breast cancer with bone pain and weight loss, in hospice");
  expect(s.result.blocked).toBe(false);
  expect(s.codes).toContain("cancer");
  expect(s.result.cards[0]?.conditionSlug).toBe("cancer-related-symptoms");
  // Bone metastases: light pressure over the affected bones, not a deferral.
  const mets = suggest("Breast cancer with bone metastases, confusion at times, in hospice");
  expect(mets.result.blocked).toBe(false);
  expect(mets.items.find((i) => i.code === "bone-metastases")?.guidance).toMatch(/Light pressure only over the affected bones/);
});

test("1. weight loss defers only when unexplained and with back pain", () => {
  expect(suggest("Chronic low back pain, unexplained weight loss of 8 kg").deferred).toEqual(["neuro-red-flags"]);
  expect(suggest("Fibromyalgia, weight loss since starting a diet").result.blocked).toBe(false);
  expect(suggest("Lung cancer, low back pain and weight loss").result.blocked).toBe(false);
});

test("2. stable deficits (post-stroke residual weakness, dementia with confusion) are not emergencies; new or progressive weakness defers", () => {
  expect(suggest("Post-stroke residual arm weakness, shoulder pain").result.blocked).toBe(false);
  expect(suggest("Dementia with confusion, chronic low back pain").result.blocked).toBe(false);
  expect(suggest("Low back pain with new leg weakness this week").deferred).toEqual(["neuro-red-flags"]);
});

test("3. osteoporosis and fracture are separate rules: light pressure for osteoporosis, avoid the fracture site; neither defers", () => {
  const osteo = suggest("Chronic low back pain", { safetyFindings: ["osteoporosis"] });
  expect(osteo.result.blocked).toBe(false);
  expect(osteo.items.find((i) => i.code === "osteoporosis")?.guidance).toMatch(/no forceful pressure on the spine or ribs/);
  const fracture = suggest("Neck pain", { safetyFindings: ["fracture"] });
  expect(fracture.result.blocked).toBe(false);
  expect(fracture.result.safety.areasToAvoid.map((i) => i.code)).toEqual(["fracture"]);
});

test("4. menopausal night sweats and chills do not defer a fibromyalgia referral; a fever does", () => {
  expect(suggest("Fibromyalgia with menopausal night sweats and chills").result.blocked).toBe(false);
  expect(suggest("Fibromyalgia, fever since yesterday").deferred).toEqual(["fever-infection"]);
});

test("5. DVT: untreated defers; treated and anticoagulated refers with the limb avoided for at least 6 months", () => {
  expect(suggest("Knee osteoarthritis; DVT left calf diagnosed last week").deferred).toEqual(["dvt"]);
  const treated = suggest("Knee osteoarthritis; DVT left calf diagnosed last week", { medications: "apixaban 5 mg twice daily" });
  expect(treated.result.blocked).toBe(false);
  expect(treated.items.find((i) => i.code === "dvt")?.guidance).toMatch(/no massage of the affected limb for at least 6 months/);
});

test("5. platelets read from the text: 50,000/µL or lower defers (Ng 2018: safe above 50,000/µL)", () => {
  expect(suggest("Chronic neck pain", { notes: "platelets 20" }).deferred).toEqual(["thrombocytopenia"]);
  expect(suggest("Chronic neck pain", { notes: "platelet count 50,000" }).deferred).toEqual(["thrombocytopenia"]);
  expect(suggest("Chronic neck pain", { notes: "platelet count 51,000" }).result.blocked).toBe(false);
});

test('6. typed findings count without a ticked box: "on apixaban" gives the bleeding-risk precaution; medications and notes are read', () => {
  expect(suggest("Knee osteoarthritis, on apixaban").codes).toEqual(["bleeding"]);
  expect(suggest("Knee osteoarthritis", { medications: "Eliquis 5 mg" }).codes).toEqual(["bleeding"]);
  expect(suggest("Chronic neck pain", { notes: "osteoporosis on DEXA" }).codes).toEqual(["osteoporosis"]);
  expect(suggest("Knee osteoarthritis", { medications: "Plavix" }).codes).toEqual(["bleeding"]);
  expect(suggest("Fibromyalgia", { medications: "prednisone 10 mg daily" }).codes).toEqual(["fragile-skin"]);
  expect(suggest("Knee osteoarthritis, no DVT, not on anticoagulants").codes).toEqual([]);
});

test("7. urinary retention, saddle numbness and bowel incontinence are emergency stops", () => {
  for (const words of [
    "low back pain with urinary retention",
    "sciatica and saddle numbness",
    "back pain, new bowel incontinence",
    "back pain, saddle anaesthesia",
  ]) {
    const s = suggest(words);
    expect(s.result.blocked).toBe(true);
    expect(s.result.safety.deferred[0]?.guidance).toMatch(/Emergency medical assessment instead of referral/);
  }
});

test("7. no curation change turns a built-in emergency into a referral (downgraded, edited, retired, or a rule reusing the code)", () => {
  const curated = [
    ...seedEvidence.safetyRules.map((r) => (r.code === "neuro-red-flags" ? { ...r, severity: "modify" as const, retired: true } : r)),
    {
      code: "cauda-equina",
      label: "Cauda equina",
      finding: "x",
      severity: "modify" as const,
      severityNote: null,
      guidance: "Massage is fine.",
      source: "admin",
      retired: false,
    },
  ];
  const edited: EvidenceSnapshot = { ...snapshot, content: { ...seedEvidence, safetyRules: curated } };
  for (const complaint of ["back pain with urinary retention", "worst headache of my life, sudden onset", "dark urine after a marathon"]) {
    const { result } = suggest(complaint, {}, edited);
    expect(result.blocked).toBe(true);
    expect(result.safety.deferred[0]?.guidance).toMatch(/Emergency medical assessment instead of referral/);
  }
});
