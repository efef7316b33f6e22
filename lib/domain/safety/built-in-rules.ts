import type { SafetyTrigger } from "@/lib/schemas/safety-rule";
import { textTrigger } from "./text-trigger";

/**
 * Emergency stops, built into MassageRx and NOT part of the curated evidence base: no curation change
 * (a severity downgrade, an edited or retired rule, a curated rule reusing the code) can turn one of
 * these into a massage referral. Each sends the patient for same-day emergency assessment.
 * Sources: low back pain red flags (ACP 2017, Qaseem et al.; NICE NG59) for cauda equina; SNOOP4
 * headache red flags for thunderclap onset; exertional rhabdomyolysis (dark urine, severe weakness);
 * acute coronary syndrome, stroke and pulmonary embolism warning signs (the patient copy's emergency list).
 */
export interface BuiltInRule {
  code: string;
  label: string;
  finding: string;
  guidance: string;
  patientText: string;
  source: string;
  triggers: SafetyTrigger[];
}

const trigger = textTrigger;

// "Emergency", never "urgent": these are emergency-severity stops, and the banner and sheet say emergency.
export const EMERGENCY_ASSESSMENT = "Emergency medical assessment instead of referral";
const SAME_DAY = `${EMERGENCY_ASSESSMENT}: arrange same-day emergency assessment. Do not refer for massage.`;
const PATIENT_NOW = "Your clinician needs to see you urgently about this before any massage: get medical help today.";

export const BUILT_IN_RULES: readonly BuiltInRule[] = [
  {
    code: "cauda-equina",
    label: "Emergency red flag: possible cauda equina syndrome",
    finding: "Saddle numbness, urinary retention, new bladder or bowel incontinence, with back or leg pain",
    guidance: SAME_DAY,
    patientText: PATIENT_NOW,
    source: "Low back pain red flags (ACP 2017, Qaseem et al.; NICE NG59); built into MassageRx, not curated",
    triggers: [
      trigger("cauda equina sign", [
        "saddle (anaesthesia|anesthesia|numbness|paraesthesia|paresthesia|sensory loss)",
        "saddle area (numbness|anaesthesia|anesthesia)",
        "numb (saddle|perineum|groin|buttocks and genitals)",
        "(perineal|perianal|genital) (numbness|anaesthesia|anesthesia|sensory loss)",
        "urinary retention",
        "retention of urine",
        "retaining urine",
        "(unable|cannot|can't|cant) (to |)(pass urine|urinate|pee|void)",
        "(bowel|faecal|fecal|stool) incontinence",
        "incontinence of (stool|bowel|faeces|feces)",
        "(new|sudden|recent) (urinary|bladder) incontinence",
        "(new|sudden|recent) incontinence",
        "loss of (bladder|bowel) control",
        "(bladder|bowel) (dysfunction|disturbance) (new|recent|sudden)",
        "(new|sudden|recent) (bladder|bowel) (dysfunction|disturbance|problems|change|changes)",
        "cauda equina",
        "(reduced|decreased|loss of|lax) anal (tone|sphincter)",
      ]),
    ],
  },
  {
    code: "thunderclap-headache",
    label: "Emergency red flag: thunderclap headache (possible subarachnoid haemorrhage)",
    finding: "Sudden, severe headache reaching its worst within a minute",
    guidance: SAME_DAY,
    patientText: PATIENT_NOW,
    source: "SNOOP4 headache red flags (thunderclap onset); built into MassageRx, not curated",
    triggers: [
      trigger("thunderclap headache", [
        "thunderclap",
        "worst headache",
        "worst headache of (my|her|his|their) life",
        "(sudden|abrupt) (severe|explosive|onset) headache",
        "sudden headache",
        "explosive headache",
        "headache (peaked|peaking|maximal) within (seconds|a minute|one minute|minutes)",
        "subarachnoid (haemorrhage|hemorrhage|bleed)",
      ]),
    ],
  },
  {
    code: "rhabdomyolysis",
    label: "Emergency red flag: possible rhabdomyolysis",
    finding: "Dark (cola/tea-coloured) urine or very high CK after exertion, severe muscle weakness",
    guidance: SAME_DAY,
    patientText: PATIENT_NOW,
    source: "Exertional rhabdomyolysis warning signs (dark urine, severe weakness); built into MassageRx, not curated",
    triggers: [
      trigger("rhabdomyolysis sign", [
        "(dark|brown|cola|tea|black|coca cola) (coloured|colored|) urine",
        "(dark|brown|cola|tea|black) urine",
        "(cola|tea) (coloured|colored) urine",
        "rhabdomyolysis",
        "rhabdo",
        "myoglobinuria",
        "(high|elevated|raised|very high|markedly elevated) (ck|cpk|creatine kinase)",
        "(ck|cpk|creatine kinase) (high|elevated|raised|very high|markedly elevated)",
      ]),
    ],
  },
  {
    code: "acute-chest-pain",
    label: "Emergency red flag: chest pain (possible acute coronary syndrome)",
    finding: "Current chest pain, pressure or tightness; pain spreading to the arm or jaw",
    guidance: SAME_DAY,
    patientText: PATIENT_NOW,
    source: "Acute coronary syndrome warning signs; built into MassageRx, not curated",
    triggers: [
      trigger(
        "cardiac chest pain",
        [
          "chest (pain|pains|tightness|pressure|heaviness|discomfort)",
          "crushing chest",
          "pain radiating to (the |)(left arm|jaw|arm)",
          "pain (spreading|going) (down|to) (the |)(left arm|jaw)",
          "(acute|new) angina",
          "angina at rest",
        ],
        {
          unless: [
            "costochondritis",
            "chest wall (pain|tenderness)",
            "musculoskeletal chest (pain|wall pain)",
            "reproducible (on|with) palpation",
            "tietze",
          ],
        },
      ),
    ],
  },
  {
    code: "stroke-signs",
    label: "Emergency red flag: sudden neurological deficit (possible stroke)",
    finding: "Sudden weakness or numbness of the face, arm or leg, sudden speech or vision loss",
    guidance: SAME_DAY,
    patientText: PATIENT_NOW,
    source: "Stroke warning signs (sudden onset); built into MassageRx, not curated",
    triggers: [
      trigger("sudden deficit", [
        "sudden (onset |)(weakness|numbness|paralysis)",
        "sudden (arm|leg|facial|face|one sided|one-sided) (weakness|numbness)",
        "sudden (loss of vision|vision loss|slurred speech|confusion|difficulty speaking)",
        "(new|acute) (facial droop|slurred speech)",
        "acute stroke",
        "stroke symptoms (today|now|this morning)",
      ]),
    ],
  },
  {
    code: "pulmonary-embolism",
    label: "Emergency red flag: possible pulmonary embolism",
    finding: "Sudden shortness of breath, coughing blood, chest pain on breathing",
    guidance: SAME_DAY,
    patientText: PATIENT_NOW,
    source: "Pulmonary embolism warning signs (the patient copy's emergency list); built into MassageRx, not curated",
    triggers: [
      trigger("pulmonary embolism sign", [
        "sudden (shortness of breath|breathlessness|dyspnoea|dyspnea|sob)",
        "(coughing|coughing up) blood",
        "(haemoptysis|hemoptysis)",
        "(suspected|possible|query) (pulmonary embolism|pe)",
        "pulmonary embolism",
      ]),
    ],
  },
];

export const BUILT_IN_CODES = new Set(BUILT_IN_RULES.map((r) => r.code));
