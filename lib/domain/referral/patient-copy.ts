import { patientDoseLines } from "@/lib/domain/dose/dose-words";
import type { ReferralForExport } from "./fhir";

export type PatientCopySectionId = "what" | "how-often" | "how-long" | "tell-therapist" | "stop-and-call";

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

/**
 * Generic stop rules for any massage course. They echo the safety table of the evidence reference
 * (DVT, fever or infection, neurological red flags, bleeding risk; Mayo Clinic, ACP 2017 red flags) and
 * the Cochrane finding that massage increased pain in 1.5-25% of participants (Furlan 2015), in
 * words a patient can act on.
 */
export const STOP_AND_CALL: readonly string[] = [
  "Pain that is worse after a session and still worse more than a day later.",
  "New numbness, tingling or weakness in an arm or leg.",
  "Swelling, redness, warmth or pain in a calf or leg (this can be a blood clot): call the same day.",
  "A fever, or feeling generally unwell with chills.",
  "New bruising, bleeding, or a skin rash or broken skin where you were massaged.",
];

export const EMERGENCY_SIGNS: readonly string[] = [
  "Sudden shortness of breath or chest pain.",
  "Numbness between the legs or around the bottom, or new trouble controlling your bladder or bowels.",
  "A sudden, severe headache, the worst you have ever had.",
];

/**
 * The patient's page of the referral sheet: what is being recommended, how often, for how long, what to
 * tell the therapist and when to stop and call. Plain words, built only from the referral's own figures;
 * a figure the referral leaves open is said to be open, never filled in.
 */
export function buildPatientCopy(referral: ReferralForExport): PatientCopy {
  // The dose wording comes from the one dose model, so this page and the therapist's cannot disagree.
  const { howOften, howLong } = patientDoseLines(referral.finalDose);

  const what = [`Massage therapy for ${lowerFirst(referral.condition.name)}.`];
  if (referral.modality) what.push(`Type of massage: ${referral.modality}.`);
  what.push("Massage is meant to ease symptoms; it is not a cure. Keep your other treatment unless your clinician says otherwise.");

  const often = howOften;
  const long = [...howLong, "Then see your clinician to decide together whether to continue."];

  const tell = [
    "Bring this sheet to your first session and show it to your massage therapist.",
    ...referral.techniqueChanges.map((t) => `Your clinician asks for this: ${t}`),
    ...referral.areasToAvoid.map((t) => `Do not massage here: ${t}`),
    "Tell the therapist about any health changes, new medicines (especially blood thinners), or if you may be pregnant.",
    "Say so straight away if the pressure hurts; massage should not be painful.",
  ];

  const stop = [
    "Stop the sessions and call your clinician if you have:",
    ...STOP_AND_CALL,
    "Call emergency services (for example 911) at once for:",
    ...EMERGENCY_SIGNS,
  ];

  return {
    title: "Your massage therapy plan",
    patientName: referral.patient.name,
    sections: [
      { id: "what", heading: "What", lines: what },
      { id: "how-often", heading: "How often", lines: often },
      { id: "how-long", heading: "For how long", lines: long },
      { id: "tell-therapist", heading: "What to tell your therapist", lines: tell },
      { id: "stop-and-call", heading: "When to stop and call", lines: stop },
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
