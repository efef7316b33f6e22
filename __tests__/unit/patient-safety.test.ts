/**
 * The safety notes a patient copy is written from: every rule that applied to this patient, most severe
 * first, each with its code, severity and the rule's own curated patient text. Built from the real screen
 * of a real intake inside each test (docs/mutation-testing.md).
 */
import { buildCardForCondition } from "@/lib/domain/referral/suggest";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { exampleIntake } from "../support/referral-fixtures";

const snapshot: EvidenceSnapshot = { versionId: "ev-1", versionNumber: 1, content: seedEvidence };

function notesFor(changes: Partial<ReturnType<typeof exampleIntake>>) {
  const card = buildCardForCondition(snapshot, "knee-osteoarthritis", { ...exampleIntake(), ...changes }, null);
  if (!card) throw new Error("seed has no knee osteoarthritis");
  return card.patientSafety;
}

test("every applied rule, most severe first: emergency, deferral, technique change, area to avoid, each with its patient text", () => {
  expect(
    notesFor({ complaint: "knee osteoarthritis; sudden worst headache of my life", safetyFindings: ["varicose-veins", "bleeding", "dvt"] }),
  ).toEqual([
    {
      code: "thunderclap-headache",
      severity: "emergency",
      patientText: "Your clinician needs to see you urgently about this before any massage: get medical help today.",
    },
    {
      code: "dvt",
      severity: "defer",
      patientText: "Massage has to wait until your doctor has checked or treated the possible blood clot.",
    },
    {
      code: "bleeding",
      severity: "modify",
      patientText: "Because you bruise or bleed more easily, the therapist will use gentle pressure.",
    },
    { code: "varicose-veins", severity: "local", patientText: "The therapist will not press on the swollen or inflamed veins." },
  ]);
});

test("a technique change comes before an area to avoid whatever order the boxes were ticked in", () => {
  expect(notesFor({ complaint: "knee osteoarthritis", safetyFindings: ["varicose-veins", "bleeding"] }).map((n) => n.code)).toEqual([
    "bleeding",
    "varicose-veins",
  ]);
});

test("nothing applied: the patient copy gets no safety note", () => {
  expect(notesFor({ complaint: "knee osteoarthritis", safetyFindings: [] })).toEqual([]);
});
