import type { Condition, Recommendation, Study } from "../../../lib/schemas/evidence";
import { ernstHarmsRow, one, REVIEWED, study } from "../seed-helpers";

export const condition: Condition = {
  slug: "hand-pain",
  name: "Hand pain, including hand arthritis",
  description: "Aching or painful hands, for example from arthritis or overuse, with weaker grip.",
  bodyRegion: "hand",
  icd10: [
    { code: "M79.641", label: "Pain in right hand" },
    { code: "M79.642", label: "Pain in left hand" },
    { code: "M79.643", label: "Pain in unspecified hand" },
  ],
  phrases: [
    "hand pain",
    "painful hands",
    "sore hands",
    "hand arthritis",
    "arthritis in the hands",
    "hand osteoarthritis",
    "osteoarthritis of the hand",
    "pain in the hand",
    "thumb pain",
    "pain at the base of the thumb",
    "thumb arthritis",
    "osteoarthritis of the base of the thumb",
    "osteoarthritis of the carpometacarpal joint",
    // The finger joints, in anatomical and everyday words.
    "finger joint pain",
    "pain in the finger joints",
    "knuckle pain",
    "interphalangeal joint pain",
    "finger arthritis",
  ],
  exclusions: [
    { phrase: "hand fracture", reason: "A broken bone in the hand needs medical care; this evidence does not cover it." },
    {
      phrase: "hot swollen joint",
      reason: "A hot, swollen joint can be an infection or an inflammatory flare and needs medical assessment first.",
    },
    { phrase: "tendon rupture", reason: "A ruptured tendon is an injury that needs medical care; this evidence does not cover it." },
    {
      phrase: "de Quervain",
      reason:
        "De Quervain's tenosynovitis is a wrist tendon condition; the hand-pain trial's abstract does not name it, so assess it on its own.",
    },
    { phrase: "fibromyalgia", reason: "Hand pain as part of fibromyalgia: the fibromyalgia evidence applies, not this one." },
  ],
  // The abstract does not state how long the participants had had hand pain.
  evidenceDuration: "any",
  lastReviewed: REVIEWED,
  retired: false,
};

export const studies: Study[] = [
  study({
    id: "field-2011",
    authors: ["Field T", "Diego M", "Delgado J", "Garcia D", "Funk CG"],
    etAl: false,
    year: 2011,
    title: "Hand pain is reduced by massage therapy",
    journal: "Complement Ther Clin Pract",
    volume: "17",
    issue: "4",
    pages: "226-229",
    doi: "10.1016/j.ctcp.2011.02.006",
    pmid: "21982138",
    registration: null,
    design: "RCT",
    n: 46,
    population: "46 adults with hand pain",
    interventionDose:
      "Massage of the affected hand by a therapist once a week for 4 weeks, plus self-massage of the hand once daily; session length not reported in the abstract",
    comparator: "Standard treatment control",
    outcomes:
      "Less pain and greater grip strength after the first and last sessions than the control group; anxiety and depressed mood fell more. Over 4 weeks: greater decrease in pain, greater increase in grip strength, lower anxiety, depressed mood and sleep disturbance scores.",
    followUp: "End of the 4-week course",
    verified: true,
    abstractSource: "https://www.pubmed.gov/21982138/",
  }),
];

export const recommendation: Recommendation = {
  id: "hand-pain-dose",
  conditionSlug: "hand-pain",
  modality: "Hand massage by a therapist, plus daily self-massage taught to the patient",
  minutesPerSession: null,
  sessionsPerWeek: one(1),
  weeks: one(4),
  totalSessions: one(4),
  doseSummary: "Once a week for 4 weeks with a therapist, plus daily self-massage of the hand; session length not reported.",
  adjuncts: ["daily self-massage of the hand"],
  certainty: "low",
  strength: "conditional",
  rationale:
    "In one small randomised trial, weekly therapist hand massage for 4 weeks with daily self-massage reduced pain and increased grip strength more than standard treatment (Field 2011). The size of the effect is not reported in the abstract.",
  conflictingGuidance: null,
  precautions: [],
  studyIds: ["field-2011", "ernst-2003"],
  doseStatus: "studied",
  regimenStudied: null,
  doseStudyIds: ["field-2011"],
  cptCode: "97124",
  guidance: [],
  outcomeRows: [
    {
      kind: "benefit",
      outcome: "Hand pain and grip strength",
      timeFrame: "4 weeks",
      comparatorKind: "usual care",
      comparator: "Standard treatment",
      studies: 1,
      participants: 46,
      effect: "Greater decrease in pain and greater increase in grip strength than control; figures not reported in the abstract",
      mid: null,
      certainty: "low",
      certaintyBy: "massagerx",
      certaintyReasons: [
        "Imprecision: one trial of 46 people",
        "Risk of bias: massage cannot be hidden from the person receiving it, and the abstract reports no blinding",
      ],
      studyIds: ["field-2011"],
    },
    ernstHarmsRow,
  ],
  retired: false,
};
