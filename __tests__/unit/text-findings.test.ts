import { textFindings } from "@/lib/domain/referral/text-findings";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/**
 * What the intake form shows beside its red-flag boxes while the clinician types: each curated rule the
 * text names (it pre-ticks the box) with the words as written and the fields they are in, and each built-in
 * emergency the text names, apart, because it has no box and cannot be set aside.
 */

const rules = seedEvidence.safetyRules;
const none = { complaint: "", medications: "", notes: "", age: null };

test("an anticoagulant named in two fields is one finding of the bleeding rule, each word once, in the order found", () => {
  const findings = textFindings({
    ...none,
    rules,
    complaint: "low back pain; on apixaban",
    medications: "apixaban 5 mg, warfarin",
  });
  expect(findings.found).toEqual([
    { code: "bleeding", label: "Bleeding risk", words: ["apixaban", "warfarin"], fields: ["complaint", "medications"] },
  ]);
  expect(findings.emergencies).toEqual([]);
});

test("a built-in emergency in the text is listed as an emergency, not as a box to tick", () => {
  const findings = textFindings({
    ...none,
    rules,
    complaint: "neck pain and chest pain since this morning",
    notes: "chest pain on the stairs",
  });
  expect(findings.emergencies).toEqual([
    {
      code: "acute-chest-pain",
      label: "Emergency red flag: chest pain (possible acute coronary syndrome)",
      words: ["chest pain"],
      fields: ["complaint", "notes"],
    },
  ]);
  expect(findings.found.map((f) => f.code)).not.toContain("acute-chest-pain");
});

test("a negated emergency is not found, and text naming nothing finds nothing", () => {
  expect(textFindings({ ...none, rules, complaint: "chronic neck pain, no chest pain" }).emergencies).toEqual([]);
  expect(textFindings({ ...none, rules, complaint: "chronic neck pain for a year" })).toEqual({ found: [], emergencies: [] });
});

test("neck words pre-tick the older-adult neck rule only when the patient is 65 or over", () => {
  const neck = { ...none, rules, complaint: "stiff neck for two years" };
  expect(textFindings({ ...neck, age: { years: 72, from: "date of birth" } }).found).toEqual([
    { code: "anterior-neck-older-adult", label: "Anterior neck in an older adult", words: ["neck"], fields: ["complaint"] },
  ]);
  expect(textFindings({ ...neck, age: { years: 40, from: "date of birth" } }).found).toEqual([]);
});

test("words of one rule gather under it across fields; a second rule named alongside is a finding of its own", () => {
  const findings = textFindings({ ...none, rules, complaint: "neck pain", medications: "warfarin", notes: "bruises easily" });
  expect(findings.found).toEqual([
    { code: "bleeding", label: "Bleeding risk", words: ["warfarin", "bruises easily"], fields: ["medications", "notes"] },
  ]);
  const two = textFindings({ ...none, rules, complaint: "knee pain; open wound on the shin", medications: "warfarin" });
  expect(two.found.map((f) => f.code).sort()).toEqual(["bleeding", "skin"]);
  expect(two.found.find((f) => f.code === "bleeding")?.words).toEqual(["warfarin"]);
});

test("a low platelet count written in the notes is found with the reading as written", () => {
  const findings = textFindings({ ...none, rules, complaint: "low back pain", notes: "platelets 90,000 last week" });
  expect(findings.found.map((f) => [f.code, f.fields])).toEqual([["bleeding", ["notes"]]]);
  expect(findings.found[0]?.words[0]).toMatch(/90,000/);
});
