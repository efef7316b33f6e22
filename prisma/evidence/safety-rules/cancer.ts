import type { SafetyRule } from "../../../lib/schemas/safety-rule";
import { CONSENSUS, words } from "./shared";
import { CANCER_WORDS, CHEMOTHERAPY } from "../safety-lexicon";

/** Cancer and its treatment: active cancer, chemotherapy, neutropenia, lymphedema. */
export const cancerRules: SafetyRule[] = [
  {
    code: "cancer",
    label: "Active cancer",
    finding: "Active cancer, tumour, radiation-treated skin",
    severity: "modify",
    severityNote: null,
    guidance:
      "Light pressure; no deep pressure over tumour or metastases or radiation-treated skin; physician approval; oncology-trained therapist.",
    patientText: "The therapist will use gentle pressure and keep away from the tumour and any skin treated with radiation.",
    source: "NCCIH; MSU; Mao JJ et al. 2022, SIO-ASCO guideline (massage may be recommended for pain in palliative or hospice care)",
    retired: false,
    triggers: [
      words("cancer", [...CANCER_WORDS, "radiotherapy", "radiation therapy", "radiation treatment", ...CHEMOTHERAPY], {
        notFollowedBy: ["screening", "screen", "risk", "free", "survivor", "survivors", "scare"],
      }),
    ],
  },
  {
    code: "chemotherapy",
    label: "On chemotherapy",
    finding: "Chemotherapy now or in the last weeks",
    severity: "modify",
    severityNote: "Defer while neutropenic or febrile, or with platelets 50,000/µL or lower",
    guidance:
      "Ask for the latest blood count before each course: defer while neutropenic or febrile, or with platelets ≤ 50,000/µL (Ng 2018); light pressure; avoid ports, lines and infusion sites.",
    patientText: "Your therapist needs to know about your chemotherapy: your care team will check your blood counts before massage.",
    source: "Ng AH et al. 2018, J Integr Oncol 7(1) (afebrile, platelets > 50,000/µL; checked against the abstract); NCCIH",
    retired: false,
    triggers: [words("chemotherapy", CHEMOTHERAPY)],
  },
  {
    code: "neutropenia",
    label: "Neutropenia",
    finding: "Low neutrophil (white cell) count",
    severity: "modify",
    severityNote: "With fever (febrile neutropenia): defer",
    guidance:
      "Physician approval; strict hand hygiene and clean linen; no therapist with any infection; no work on broken skin; defer if febrile.",
    patientText: "Your infection risk is higher: the therapist will take extra hygiene care, and massage waits if you have a fever.",
    source: "Ng AH et al. 2018, J Integr Oncol 7(1) (massage given when afebrile; checked against the abstract); " + CONSENSUS,
    retired: false,
    triggers: [
      words("febrile neutropenia", ["febrile neutropenia", "neutropenic fever", "neutropenic sepsis"], {
        severity: "defer",
        guidance: "Febrile neutropenia is a medical emergency for the oncology team: no massage until recovered.",
      }),
      words("neutropenia", [
        "neutropenia",
        "neutropenic",
        "low (white cell|white blood cell|wbc|neutrophil|neutrophils) count",
        "low (neutrophils|wbc|anc)",
      ]),
    ],
  },
  {
    code: "lymphedema",
    label: "Lymphedema",
    finding: "Lymphedema or lymph-node removal",
    severity: "modify",
    severityNote: null,
    guidance: "Pressure limits on the affected limb, lifelong.",
    patientText: "The therapist will use only very light pressure on the arm or leg at risk of swelling, for life.",
    source: "Walton (massagemag)",
    retired: false,
    triggers: [
      words("lymphedema", [
        "(lymphedema|lymphoedema)",
        "lymph node (removal|dissection|clearance)",
        "lymph nodes (removed|dissected)",
        "axillary (clearance|dissection|node dissection)",
        "sentinel node biopsy",
      ]),
    ],
  },
];
