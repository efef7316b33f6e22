import { patientDoseLines } from "@/lib/domain/dose/dose-words";
import { ageFromDob } from "@/lib/domain/labels/intake";
import { PREGNANCY_RULE } from "@/lib/domain/safety/rule-codes";
import type { ReferralForExport } from "./fhir";
import type { PatientSafetyNote } from "./patient-safety";
import { CALL_911, CALL_CLINICIAN, PLAIN_CONDITION, plainModality, RULE_CALL } from "./patient-copy-words";

export type PatientCopySectionId = "what" | "how-often" | "how-long" | "tell-therapist" | "call-911" | "stop-and-call";

export interface PatientCopySection {
  id: PatientCopySectionId;
  heading: string;
  lines: string[];
}

export interface PatientCopy {
  title: string;
  patientName: string;
  sections: PatientCopySection[];
  /** Who to call, e.g. "Dr Ana Ruiz, MD — Riverside Clinic — 555-0100". */
  contact: string;
}

/** The generic lists, for callers that show them; the words live in patient-copy-words.ts. */
export const STOP_AND_CALL = CALL_CLINICIAN;
export const EMERGENCY_SIGNS = CALL_911;

/**
 * Whether pregnancy text applies. Only a patient who could be pregnant (not recorded as male, aged 12 to
 * 55 on the referral date, a deliberately wide span, or of unknown age) is told anything about it.
 */
function canBePregnant(referral: ReferralForExport): boolean {
  if (referral.patient.sex === "male") return false;
  const age = ageFromDob(referral.patient.dob, new Date(referral.createdAt));
  return age === null || (age >= 12 && age <= 55);
}

/**
 * What the therapist will do because of each rule that applied: the rule's own curated patient text. A
 * deferral the clinician overrode is not printed as "massage has to wait" on the plan they went ahead
 * with; the patient is told the clinician checked it instead.
 */
function ruleLines(notes: readonly PatientSafetyNote[], safetyOverridden: boolean): string[] {
  const lines: string[] = [];
  let overriddenDeferral = false;
  let legacy = false;
  let localOnly = false;
  for (const note of notes) {
    if (note.severity === "local") localOnly = true;
    const deferral = note.severity === "emergency" || note.severity === "defer";
    if (deferral && safetyOverridden) overriddenDeferral = true;
    else if (note.patientText) lines.push(note.patientText);
    else legacy = true;
  }
  if (overriddenDeferral) {
    lines.push("Your clinician checked a health problem that can make massage unsafe and decided massage is right for you now.");
  }
  // A rule that avoids one area leaves massage elsewhere as usual: say so, or "keep away from" reads as "no massage".
  if (localOnly) lines.push("Massage on the rest of your body is fine.");
  if (legacy) lines.push("Your clinician wrote notes about your health for your therapist. They are on the therapist's page.");
  return [...new Set(lines)];
}

/**
 * The patient's page of the referral sheet: what is recommended, how often, for how long, what to tell
 * the therapist, when to call 911 and when to stop and call the clinician. Plain words (grade 6-8,
 * measured with flesch-kincaid + syllable in __tests__/unit/patient-copy.test.ts), built from the
 * referral's own figures and the safety rules that applied; no clinical text is pasted in, and a figure
 * the referral leaves open is said to be open, never filled in.
 */
export function buildPatientCopy(referral: ReferralForExport): PatientCopy {
  // The dose wording comes from the one dose model (lib/domain/dose), so this page and the therapist's agree.
  const { howOften, howLong } = patientDoseLines(referral.finalDose);
  const basis = referral.evidence.doseBasis;
  const pregnancyApplies = canBePregnant(referral);
  const notes = referral.patientSafety.filter((n) => n.code !== PREGNANCY_RULE || pregnancyApplies);
  const codes = new Set(notes.map((n) => n.code));
  const safetyOverridden = referral.overrides.some((o) => o.kind === "safety");

  const what = [
    `Massage for ${PLAIN_CONDITION[referral.condition.slug] ?? lowerFirst(referral.condition.name)}.`,
    ...plainModality(referral.modality),
    "Massage can ease symptoms. It is not a cure. Keep up your other care unless your clinician tells you to stop.",
  ];
  // The dose's own caveats sit with the dose lines, as on the card and the sheet.
  const often = [...howOften];
  if (basis.status === "not-established") {
    often.push("No study has found how much massage works best for this. Your clinician chose this plan with you.");
  }
  if (basis.unverified) {
    often.push("Part of this plan comes from a study whose numbers we could not check. Ask your clinician if you have questions.");
  }

  const tell = [
    "Bring this page to your first session and show it to your massage therapist.",
    ...ruleLines(notes, safetyOverridden),
    "Tell your therapist about any new health problems or new medicines, such as blood thinners.",
    ...(pregnancyApplies && !codes.has(PREGNANCY_RULE) ? ["Tell your therapist if you might be pregnant."] : []),
    "Say so right away if the pressure hurts. Massage should not hurt.",
  ];

  const call = [...new Set([...[...codes].flatMap((c) => RULE_CALL[c] ?? []), ...CALL_CLINICIAN])];

  return {
    title: "Your massage therapy plan",
    patientName: referral.patient.name,
    sections: [
      { id: "what", heading: "What", lines: what },
      { id: "how-often", heading: "How often", lines: often },
      { id: "how-long", heading: "For how long", lines: [...howLong, "Then see your clinician to decide together whether to go on."] },
      { id: "tell-therapist", heading: "What to tell your therapist", lines: tell },
      { id: "call-911", heading: "Call 911 now if you have", lines: [...CALL_911] },
      { id: "stop-and-call", heading: "Stop the massage and call your clinician if you have", lines: call },
    ],
    contact: contactLine(referral.clinician),
  };
}

/** The copy as plain text (for a text-only PDF fallback or e-mail), headings on their own lines. */
export function patientCopyText(copy: PatientCopy): string {
  const body = copy.sections.map((s) => [s.heading, ...s.lines.map((l) => `- ${l}`)].join("\n"));
  return [`${copy.title} — ${copy.patientName}`, ...body, `Questions: ${copy.contact}`].join("\n\n");
}

function contactLine(c: ReferralForExport["clinician"]): string {
  const name = c.credentials ? `${c.name}, ${c.credentials}` : c.name;
  return [name, c.clinicName, c.phone].filter((p) => p.trim().length > 0).join(" — ");
}

/** "Chronic non-specific neck pain" → "chronic non-specific neck pain"; keeps acronyms ("DOMS"). */
function lowerFirst(text: string): string {
  if (/^[A-Z]{2,}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
