import type { SafetyRule } from "../../../lib/schemas/safety-rule";
import { words } from "./shared";
import { DVT_SUSPECTED, DVT_TREATED, DVT_WORDS } from "../safety-lexicon";

/** Deep vein thrombosis (suspected vs treated) and fever or systemic infection: the defer-level rules about the blood and infection. */
export const thrombosisInfectionRules: SafetyRule[] = [
  {
    code: "dvt",
    label: "Deep vein thrombosis",
    finding: "Suspected or untreated deep vein thrombosis",
    severity: "defer",
    severityNote: "Suspected or untreated: defer; treated and anticoagulated: refer, avoid that limb",
    guidance: "Do not refer until DVT excluded/treated (anticoagulated); then avoid the affected limb for at least 6 months after the DVT.",
    patientText: "Massage has to wait until your doctor has checked or treated the possible blood clot.",
    source: "Mayo Clinic patient text; Walton (massagemag); Ng AH et al. 2018, J Integr Oncol 7(1) (checked against the abstract)",
    retired: false,
    triggers: [
      words("suspected DVT", DVT_SUSPECTED),
      words("DVT, treatment not stated", DVT_WORDS, { unless: DVT_TREATED }),
      words("DVT on anticoagulation", DVT_WORDS, {
        requiresAll: [DVT_TREATED],
        severity: "local",
        guidance:
          "Treated DVT on anticoagulation: refer, but no massage of the affected limb for at least 6 months after the DVT (Walton), and light pressure elsewhere (anticoagulant). Ng 2018 gave oncology massage safely after a VTE when the clot's site was avoided, the patient was afebrile, platelets > 50,000/µL and no coagulopathy.",
        patientText: "Because of the blood clot, the therapist will not massage that arm or leg for at least 6 months.",
      }),
    ],
  },
  {
    code: "fever-infection",
    label: "Fever or infection",
    finding: "Fever (38.0 °C / 100.4 °F or more) or systemic infection",
    severity: "defer",
    severityNote: null,
    guidance: "Refer after recovery.",
    patientText: "Wait until the fever or infection is over before starting massage.",
    source: "Mayo Clinic; health encyclopedia text; fever threshold 38.0 °C is the usual clinical definition",
    retired: false,
    // Night sweats and chills alone are not a fever (menopause, medicines): only a fever or an infection counts.
    triggers: [
      words(
        "fever or infection",
        [
          "fever",
          "fevers",
          "febrile",
          "pyrexia",
          "pyrexial",
          "feverish",
          "high temperature",
          "systemic infection",
          "sepsis",
          "septic",
          "influenza",
          "flu",
          "covid",
          "covid 19",
          "pneumonia",
          "bacteraemia",
          "bacteremia",
          "infection (with|and) fever",
        ],
        { unless: ["febrile neutropenia"], notFollowedBy: ["shot", "shots", "vaccine", "vaccination", "jab", "like", "season"] },
      ),
      words("temperature reading", [], { reading: { measure: "temperature-celsius", atOrAbove: 38 } }),
    ],
  },
];
