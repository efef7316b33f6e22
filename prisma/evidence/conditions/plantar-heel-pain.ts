import type { Condition, Recommendation, Study } from "../../../lib/schemas/evidence";
import { ernstHarmsRow, one, REVIEWED, span, study } from "../seed-helpers";

export const condition: Condition = {
  slug: "plantar-heel-pain",
  name: "Plantar heel pain (plantar fasciitis)",
  description: "Pain under the heel, often worst with the first steps in the morning or after rest.",
  bodyRegion: "heel and calf",
  icd10: [{ code: "M72.2", label: "Plantar fascial fibromatosis (includes plantar fasciitis)" }],
  phrases: [
    "plantar heel pain",
    "plantar fasciitis",
    "plantar fasciopathy",
    "plantar fascial fibromatosis",
    "plantar heel pain syndrome",
    "heel pain",
    "painful heel",
  ],
  exclusions: [
    { phrase: "stress fracture", reason: "A calcaneal stress fracture needs medical assessment; it is not plantar heel pain syndrome." },
    {
      phrase: "achilles rupture",
      reason: "A ruptured Achilles tendon is an injury that needs urgent care; this evidence does not cover it.",
    },
    {
      phrase: "tarsal tunnel",
      reason: "Tarsal tunnel syndrome is a nerve entrapment, not plantar heel pain syndrome; this evidence does not cover it.",
    },
  ],
  // The abstract does not state how long the participants had had heel pain.
  evidenceDuration: "any",
  lastReviewed: REVIEWED,
  retired: false,
};

export const studies: Study[] = [
  study({
    id: "saban-2014",
    authors: ["Saban B", "Deutscher D", "Ziv T"],
    etAl: false,
    year: 2014,
    title:
      "Deep massage to posterior calf muscles in combination with neural mobilization exercises as a treatment for heel pain: a pilot randomized clinical trial",
    journal: "Man Ther",
    volume: "19",
    issue: "2",
    pages: "102-108",
    doi: "10.1016/j.math.2013.08.001",
    pmid: "24090993",
    registration: null,
    design: "RCT",
    n: 69,
    population: "69 people with plantar heel pain syndrome (mean age 53, 57% women); single-blind pilot",
    interventionDose:
      "Deep massage to the posterior calf muscles and neural mobilisation with self-stretching, 8 treatments over 4-6 weeks (36 people)",
    comparator: "Ultrasound to the painful heel with the same self-stretching (33 people)",
    outcomes:
      "Functional status (Foot & Ankle Computerized Adaptive Test) improved 15 points (95% CI 9-21) with massage vs 6 (1-11) with ultrasound; group-by-time interaction p=0.034. Both improved short term; massage more.",
    followUp: "Discharge from therapy (short term)",
    verified: true,
    abstractSource: "https://pubmed.ncbi.nlm.nih.gov/24090993/",
  }),
];

export const recommendation: Recommendation = {
  id: "plantar-heel-pain-dose",
  conditionSlug: "plantar-heel-pain",
  modality: "Deep massage to the calf muscles, with neural mobilisation and self-stretching",
  minutesPerSession: null,
  sessionsPerWeek: null,
  weeks: span(4, 6),
  totalSessions: one(8),
  doseSummary:
    "8 treatments over 4-6 weeks of deep calf massage with neural mobilisation and self-stretching; session length and weekly frequency not reported.",
  adjuncts: ["neural mobilisation", "self-stretching exercises"],
  certainty: "low",
  strength: "conditional",
  rationale:
    "In one pilot randomised trial, deep calf massage with neural mobilisation and stretching improved function more than ultrasound with the same stretching, short term (Saban 2014). The regimen was studied, not compared with other doses.",
  conflictingGuidance: null,
  precautions: [],
  studyIds: ["saban-2014", "ernst-2003"],
  doseStatus: "studied",
  regimenStudied: null,
  doseStudyIds: ["saban-2014"],
  cptCode: "97124",
  guidance: [],
  outcomeRows: [
    {
      kind: "benefit",
      outcome: "Functional status (Foot & Ankle Computerized Adaptive Test)",
      timeFrame: "Discharge from therapy (4-6 weeks)",
      comparatorKind: "active",
      comparator: "Ultrasound with the same self-stretching",
      studies: 1,
      participants: 69,
      effect: "+15 points (95% CI 9 to 21) vs +6 (1 to 11); group-by-time p=0.034",
      mid: null,
      certainty: "low",
      certaintyBy: "massagerx",
      certaintyReasons: ["Imprecision: one pilot trial of 69 people", "Short-term outcome only"],
      studyIds: ["saban-2014"],
    },
    ernstHarmsRow,
  ],
  retired: false,
};
