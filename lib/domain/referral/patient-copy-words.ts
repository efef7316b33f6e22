/**
 * The patient copy's own words (grade 6-8, measured in __tests__/unit/patient-copy.test.ts). Each rule's
 * "what the therapist will do" sentence is the rule's curated patient text; this file holds only what a
 * rule's text does not say: plain condition and massage names, and when to call 911 or the clinician.
 */

/**
 * Call 911 now: the warning signs of the built-in emergency stops (lib/domain/safety/built-in-rules.ts):
 * acute coronary syndrome and pulmonary embolism, stroke (FAST), cauda equina (ACP 2017; NICE NG59) and
 * thunderclap headache (SNOOP4). None of these waits for a call back.
 */
export const CALL_911: readonly string[] = [
  "Chest pain, or sudden trouble breathing.",
  "A face that droops, an arm or leg that goes weak, or speech that is slurred or strange.",
  "New numbness between your legs or around your bottom, or you cannot pass urine or hold your bladder or bowels.",
  "A sudden, very bad headache, the worst you have ever had.",
];

/**
 * Stop the massage and call your clinician: the reference's safety table in words a patient can act on
 * (DVT, fever or infection, nerve signs, skin) and Furlan 2015's finding that massage made pain worse for
 * some people (1.5-25% of participants). A blood clot or very dark urine is a same-day call.
 */
export const CALL_CLINICIAN: readonly string[] = [
  "Pain that is worse after a session and still worse a day later.",
  "New numbness, tingling or weakness in an arm or leg.",
  "Swelling, redness, warmth or pain in a calf or leg. This can be a blood clot, so call the same day.",
  "Very dark urine, like cola, with bad muscle pain or weakness. Call the same day.",
  "A fever, or chills and feeling unwell.",
  "A rash, or broken skin where you were massaged.",
];

const FEVER_IN_CANCER_CARE = "You are having cancer care. If you get a fever, call your cancer team right away. Do not wait.";
const NEW_BONE_PAIN = "New pain in a bone, or bone pain that gets worse.";
const BRUISING = "New or large bruises, or bleeding that will not stop. You bruise or bleed more easily.";

/**
 * Rule codes → what this patient in particular calls about, first in the "call your clinician" list.
 * Fever in cancer care can be neutropenic sepsis (call the cancer team at once); new bone pain in cancer
 * can be a metastasis or fracture; bruising on blood thinners or with low platelets; new swelling of a
 * limb at risk of lymphedema (the reference's oncology rows, Ng 2018).
 */
export const RULE_CALL: Readonly<Record<string, readonly string[]>> = {
  cancer: [FEVER_IN_CANCER_CARE, NEW_BONE_PAIN],
  chemotherapy: [FEVER_IN_CANCER_CARE],
  neutropenia: [FEVER_IN_CANCER_CARE],
  "bone-metastases": [NEW_BONE_PAIN],
  bleeding: [BRUISING],
  thrombocytopenia: [BRUISING],
  lymphedema: ["New swelling, heaviness or tightness in the arm or leg at risk of lymphedema."],
  osteoporosis: ["Sudden new pain in your back or ribs."],
};

/** Condition slugs → a plain name that fits "Massage for …". A condition not listed uses its own name. */
export const PLAIN_CONDITION: Readonly<Record<string, string>> = {
  "knee-osteoarthritis": "arthritis in your knee",
  "chronic-low-back-pain": "low back pain",
  "chronic-neck-pain": "neck pain",
  fibromyalgia: "fibromyalgia, a long-term pain in many parts of the body",
  "tension-type-headache": "tension headaches",
  "exercise-muscle-soreness": "sore muscles after hard exercise",
  "cancer-related-symptoms": "pain, worry and low mood during cancer care",
  "shoulder-pain": "shoulder pain",
  "plantar-heel-pain": "pain under your heel",
  "post-operative-pain": "pain in the days after your operation",
  "carpal-tunnel-syndrome": "carpal tunnel syndrome: numb, tingling or painful fingers and hand",
  "hand-pain": "hand pain",
};

/**
 * The kind of massage in plain words, read from the recommendation's modality. The first matching
 * description wins; extras (self-massage, stretches) are added. A modality none of these describes is
 * not pasted in: the therapist's page names it.
 */
const KIND: readonly { test: RegExp; words: string }[] = [
  { test: /oncology|light-touch|light-pressure/i, words: "Gentle, light massage by a therapist trained to care for people with cancer." },
  { test: /connective tissue/i, words: "A kind of massage that works on the layer under the skin." },
  { test: /trigger-point/i, words: "Massage that presses on tight, sore spots in the muscles." },
  { test: /swedish|acupressure|thai/i, words: "A gentle, relaxing kind of massage." },
  { test: /deep massage/i, words: "Firm massage of the muscles." },
];
const EXTRAS: readonly { test: RegExp; words: string }[] = [
  { test: /self-massage/i, words: "Your therapist will also show you how to massage yourself at home each day." },
  { test: /\bexercises?\b|stretch/i, words: "You may also be shown stretches or exercises to do." },
  { test: /pain medicine/i, words: "Keep taking your pain medicine as your care team told you." },
];

export function plainModality(modality: string | null): string[] {
  if (!modality) return ["Your therapist will choose the kind of massage with you."];
  const kind = KIND.find((k) => k.test.test(modality))?.words ?? "Massage by a trained massage therapist.";
  return [kind, ...EXTRAS.filter((e) => e.test.test(modality)).map((e) => e.words)];
}
