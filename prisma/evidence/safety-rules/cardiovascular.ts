import type { SafetyRule } from "../../../lib/schemas/safety-rule";
import { CONSENSUS, words } from "./shared";

/** Cardiovascular: recent myocardial infarction or unstable angina, decompensated heart failure, uncontrolled hypertension. */
export const cardiovascularRules: SafetyRule[] = [
  {
    code: "cardiac-unstable",
    label: "Recent heart attack or unstable angina",
    finding: "Myocardial infarction in the last weeks, unstable angina, acute coronary syndrome",
    severity: "defer",
    severityNote: null,
    guidance: "Do not refer until the cardiology team has cleared the patient.",
    patientText: "Massage has to wait until your heart doctor says it is safe.",
    source: "Contraindication lists reviewed by Batavia M 2004, J Bodyw Mov Ther 8(1):48-57; " + CONSENSUS,
    retired: false,
    triggers: [
      words("recent MI or unstable angina", [
        "unstable angina",
        "acute coronary syndrome",
        "(nstemi|stemi)",
        "recent (mi|myocardial infarction|heart attack|cardiac event|infarct)",
        "(mi|myocardial infarction|heart attack) (last|this) (week|month)",
        "(mi|myocardial infarction|heart attack) # (days|weeks|wks) ago",
        "(mi|myocardial infarction|heart attack) (in|on) (the |)(last|past) # (days|weeks)",
      ]),
    ],
  },
  {
    code: "heart-failure",
    label: "Heart failure",
    finding: "Decompensated heart failure (or stable heart failure: modify)",
    severity: "modify",
    severityNote: "Decompensated (worsening breathlessness, fluid overload): defer",
    guidance: "Stable heart failure: semi-reclined positioning, gentle shorter sessions, no vigorous work on the legs; physician approval.",
    patientText: "The therapist will keep the session gentle and let you sit half up.",
    source: CONSENSUS,
    retired: false,
    triggers: [
      words(
        "decompensated heart failure",
        [
          "(decompensated|acute|worsening|uncontrolled|unstable) (heart failure|chf|congestive heart failure|cardiac failure)",
          "(heart failure|chf) exacerbation",
          "fluid overload",
          "breathless at rest",
          "short of breath at rest",
          "(shortness of breath|sob|dyspnoea|dyspnea) at rest",
        ],
        { severity: "defer", guidance: "Decompensated heart failure: do not refer until it is treated and stable." },
      ),
      words("heart failure", [
        "heart failure",
        "chf",
        "congestive heart failure",
        "cardiac failure",
        "hfref",
        "hfpef",
        "reduced ejection fraction",
      ]),
    ],
  },
  {
    code: "uncontrolled-hypertension",
    label: "Uncontrolled high blood pressure",
    finding: "Uncontrolled or severe hypertension; BP above 180/120 mmHg",
    severity: "defer",
    severityNote: null,
    guidance: "Do not refer until the blood pressure is controlled.",
    patientText: "Your blood pressure needs to be brought under control before massage.",
    source: "ACC/AHA 2017 hypertension guideline (hypertensive crisis: above 180 and/or 120 mmHg); " + CONSENSUS,
    retired: false,
    triggers: [
      words("uncontrolled hypertension", [
        "(uncontrolled|severe|unstable|poorly controlled|malignant|untreated severe) (hypertension|htn|high blood pressure|blood pressure)",
        "hypertensive (crisis|urgency|emergency)",
      ]),
      words("systolic reading", [], { reading: { measure: "systolic-mmhg", atOrAbove: 181 } }),
      words("diastolic reading", [], { reading: { measure: "diastolic-mmhg", atOrAbove: 121 } }),
    ],
  },
];
