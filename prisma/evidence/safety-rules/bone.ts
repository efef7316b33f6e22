import type { SafetyRule } from "../../../lib/schemas/safety-rule";
import { words } from "./shared";

/** Bone: a fracture site is avoided, osteoporosis and bone metastases get light pressure (split apart by the clinical review: neither defers). */
export const boneRules: SafetyRule[] = [
  {
    code: "fracture",
    label: "Recent fracture",
    finding: "Recent or unhealed fracture",
    severity: "local",
    severityNote: "Avoid the fracture site",
    guidance: "No massage over or near the fracture site until it has healed; elsewhere as usual.",
    patientText: "The therapist will keep away from the broken bone until it has healed.",
    source: "Mayo Clinic; MSU",
    retired: false,
    triggers: [
      words(
        "fracture",
        [
          "fracture",
          "fractures",
          "fractured",
          "broken (bone|arm|leg|wrist|ankle|rib|ribs|hip|collarbone|clavicle|toe|finger|foot|hand)",
          "(stress|compression|hairline) fracture",
        ],
        {
          notFollowedBy: ["risk", "clinic", "prevention"],
        },
      ),
    ],
  },
  {
    code: "osteoporosis",
    label: "Osteoporosis",
    finding: "Osteoporosis or bone weakened by low bone density",
    severity: "modify",
    severityNote: null,
    guidance: "Light pressure; no forceful pressure on the spine or ribs and no forceful joint mobilisation.",
    patientText: "Because your bones are thinner, the therapist will use light pressure, especially on your back and ribs.",
    source: "Mayo Clinic (severe osteoporosis); MSU (no pressure over weakened bone)",
    retired: false,
    triggers: [words("osteoporosis", ["osteoporosis", "osteoporotic", "low bone density", "brittle bones", "severe osteopenia"])],
  },
  {
    code: "bone-metastases",
    label: "Bone metastases",
    finding: "Cancer that has spread to bone",
    severity: "modify",
    severityNote: null,
    guidance: "Light pressure only over the affected bones, no joint mobilisation there; oncology-trained therapist; physician approval.",
    patientText: "The therapist will use only light pressure over the bones the cancer affects.",
    source:
      "NCCIH; MSU; Mao JJ et al. 2022, SIO-ASCO guideline, J Clin Oncol 40(34):3998-4024 (massage may be recommended for pain in palliative or hospice care)",
    retired: false,
    triggers: [
      words("bone metastases", [
        "bone (metastases|metastasis|mets|metastatic disease|lesions|secondaries)",
        "(bony|skeletal|osseous|spinal|vertebral|rib) (metastases|metastasis|mets)",
        "metastatic to (the |)(bone|bones|spine|ribs|pelvis|hip|femur)",
        "(mets|metastases) to (the |)(bone|bones|spine|ribs|pelvis|hip|femur)",
        "lytic (lesion|lesions)",
      ]),
    ],
  },
];
