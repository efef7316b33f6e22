import type { SafetyRule } from "../../../lib/schemas/safety-rule";
import { words } from "./shared";

/** Pregnancy (by trimester) and high-risk pregnancy. */
export const pregnancyRules: SafetyRule[] = [
  {
    code: "pregnancy",
    label: "Pregnancy",
    finding: "Pregnant",
    severity: "modify",
    severityNote: null,
    guidance:
      "Prenatal-trained therapist; discuss with the obstetric provider. The studies behind the suggested dose were not done in pregnancy. No Thai massage and no deep abdominal work unless the therapist is prenatal-trained.",
    patientText: "Tell the therapist you are pregnant and how many weeks; a therapist trained in pregnancy massage should treat you.",
    source: "NCCIH",
    retired: false,
    trimesterGuidance: [
      { trimester: 1, guidance: "discuss with the obstetric provider before starting; gentle work; no deep abdominal work." },
      { trimester: 2, guidance: "side-lying positioning (support with pillows); no deep abdominal work." },
      { trimester: 3, guidance: "side-lying positioning only; no deep abdominal work; light pressure on the legs." },
    ],
  },
  {
    code: "high-risk-pregnancy",
    label: "High-risk pregnancy",
    finding: "Placenta praevia, pre-eclampsia, preterm labour, bleeding in pregnancy",
    severity: "defer",
    severityNote: null,
    guidance: "Do not refer without the obstetric provider's approval.",
    patientText: "Massage has to wait until your pregnancy team says it is safe.",
    source: "Mayo Clinic (high-risk pregnancy); NCCIH (discuss with the obstetric provider)",
    retired: false,
    triggers: [
      words("high-risk pregnancy", [
        "placenta (praevia|previa|accreta)",
        "(pre eclampsia|preeclampsia|eclampsia|hellp)",
        "(preterm|premature) (labour|labor|contractions)",
        "threatened (miscarriage|preterm labour|preterm labor)",
        "(vaginal|antepartum) bleeding",
        "high risk pregnancy",
        "cervical (insufficiency|incompetence)",
        "gestational hypertension",
        "(ruptured membranes|pprom)",
      ]),
    ],
  },
];
