import type { SafetyRule } from "../../../lib/schemas/safety-rule";
import { words } from "./shared";
import { ANTICOAGULANTS, ANTIPLATELETS } from "../safety-lexicon";

/** Bleeding risk (anticoagulants, antiplatelets, bleeding disorders, low platelets) and severe thrombocytopenia (Ng 2018 threshold). */
export const bleedingRules: SafetyRule[] = [
  {
    code: "bleeding",
    label: "Bleeding risk",
    finding: "Bleeding disorder, anticoagulant or antiplatelet medicine, low platelets",
    severity: "modify",
    severityNote: null,
    guidance: "No deep or forceful pressure; light pressure only; watch for bruising.",
    patientText: "Because you bruise or bleed more easily, the therapist will use gentle pressure.",
    source: "Mayo Clinic",
    retired: false,
    triggers: [
      words("anticoagulant", ANTICOAGULANTS, { notFollowedBy: ["prophylaxis"] }),
      words("antiplatelet", ANTIPLATELETS),
      words("bleeding disorder", [
        "bleeding disorder",
        "(haemophilia|hemophilia)",
        "von willebrand",
        "coagulopathy",
        "thrombocytopenia",
        "low platelets",
        "low platelet count",
        "bruises easily",
        "easy bruising",
      ]),
      words("platelet count below normal", [], { reading: { measure: "platelets-per-microlitre", atOrBelow: 149_999 } }),
    ],
  },
  {
    code: "thrombocytopenia",
    label: "Severe thrombocytopenia",
    finding: "Platelets 50,000/µL or lower",
    severity: "defer",
    severityNote: "Or very light touch only, with the treating team's approval",
    guidance:
      "Defer massage while platelets are 50,000/µL or lower, or give very light touch only with the treating team's approval; no pressure at all.",
    patientText: "Your blood count is too low for massage right now; your care team will say when it is safe.",
    source:
      "Ng AH et al. 2018, J Integr Oncol 7(1): massage was safe with platelets > 50,000/µL, afebrile, no coagulopathy (checked against the abstract)",
    retired: false,
    triggers: [
      words("platelet count", [], { reading: { measure: "platelets-per-microlitre", atOrBelow: 50_000 } }),
      words("severe thrombocytopenia", ["severe thrombocytopenia", "(very|critically) low platelets"]),
    ],
  },
];
