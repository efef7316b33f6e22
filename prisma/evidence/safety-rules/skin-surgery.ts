import type { SafetyRule } from "../../../lib/schemas/safety-rule";
import { CONSENSUS, words } from "./shared";

/** Skin (wounds, contagious conditions) and recent surgery. */
export const skinSurgeryRules: SafetyRule[] = [
  {
    code: "skin",
    label: "Skin wound, burn, infection or inflammation",
    finding: "Open or healing wounds, burns, skin infection, acute local inflammation",
    severity: "local",
    severityNote: null,
    guidance: "Avoid the area.",
    patientText: "The therapist will not touch the area of broken or sore skin.",
    source: "MSU",
    retired: false,
    triggers: [
      words("skin lesion", [
        "open wound", "(healing|surgical|leg|pressure|venous|diabetic|foot) (wound|ulcer|ulcers)", "wound", "burn", "burns", "sunburn", "cellulitis",
        "abscess", "skin infection", "infected (cut|wound|skin)", "bedsore", "pressure sore", "radiation dermatitis", "blister", "blisters", "rash",
      ], { notFollowedBy: ["out", "care", "up"] }),
    ],
  },
  {
    code: "contagious-skin",
    label: "Contagious skin condition",
    finding: "Scabies, lice, impetigo, ringworm, shingles, cold sores, warts, MRSA",
    severity: "local",
    severityNote: "Widespread or highly contagious (scabies, lice, impetigo, chickenpox): defer until treated",
    guidance: "Avoid the affected area and cover it; hand hygiene and clean linen.",
    patientText: "The therapist will keep away from the affected skin until it has cleared.",
    source: "MSU (skin infection: avoid the area); " + CONSENSUS,
    retired: false,
    triggers: [
      words("contagious skin condition", ["(scabies|head lice|body lice|lice|impetigo|chickenpox|chicken pox)"], { severity: "defer", guidance: "Defer until treated and no longer contagious." }),
      words("local contagious skin condition", ["ringworm", "tinea", "athlete's foot", "athletes foot", "shingles", "herpes zoster", "cold sore", "cold sores", "herpes simplex", "warts", "verruca", "mrsa", "molluscum"]),
    ],
  },
  {
    code: "recent-surgery",
    label: "Recent surgery",
    finding: "Surgery in the last 6 weeks",
    severity: "local",
    severityNote: null,
    guidance: "No deep pressure over the surgical site for at least 6 weeks.",
    patientText: "The therapist will not press on the area of your operation for at least 6 weeks after it.",
    source: "MSU",
    retired: false,
    triggers: [
      words("recent surgery", [
        "recent (surgery|operation|op)", "(post op|postop|post operative|postoperative|post surgical)", "(surgery|operation|op) (last|this|a) (week|month)",
        "(surgery|operation) # (days|weeks) ago", "(underwent|had) (surgery|an operation|a (knee|hip|shoulder|back|spinal) (replacement|operation|surgery))",
        "s p (surgery|tkr|tka|thr|tha|arthroplasty|laminectomy|fusion|repair|mastectomy|lumpectomy|replacement|acl reconstruction)",
        "status post (surgery|tkr|tka|arthroplasty|laminectomy|fusion|repair|mastectomy|replacement)", "(day|week) # (post op|after surgery)",
      ]),
    ],
  },
];
