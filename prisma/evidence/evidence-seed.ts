import type { Condition, EvidenceContent, Recommendation, SafetyRule, Study } from "../../lib/schemas/evidence";
import * as cancer from "./conditions/cancer-related-symptoms";
import * as carpalTunnel from "./conditions/carpal-tunnel-syndrome";
import * as lowBack from "./conditions/chronic-low-back-pain";
import * as neck from "./conditions/chronic-neck-pain";
import * as soreness from "./conditions/exercise-muscle-soreness";
import * as fibromyalgia from "./conditions/fibromyalgia";
import * as hand from "./conditions/hand-pain";
import * as knee from "./conditions/knee-osteoarthritis";
import * as heel from "./conditions/plantar-heel-pain";
import * as postOperative from "./conditions/post-operative-pain";
import * as shoulder from "./conditions/shoulder-pain";
import * as headache from "./conditions/tension-type-headache";
import { ernst2003 } from "./seed-helpers";

/**
 * The seeded evidence base: the conditions of /work/shared/evidence/reference.md with the corrections of
 * its clinical review (2026-12-01), and five conditions added after MassageRx read each study's abstract.
 * Each condition's file holds its studies and recommendation; docs/evidence.md says how it is curated.
 * Later evidence is added by admins through the app, as new versions.
 */

export const SEED_EVIDENCE_REASON =
  "Evidence base from the MassageRx evidence reference, with the corrections of the clinical review of 2026-12-01";

export interface ConditionModule {
  condition: Condition;
  studies: Study[];
  recommendation: Recommendation;
}

// The seven reference conditions first, in the reference's order, then those added by the review.
const modules: ConditionModule[] = [
  knee,
  neck,
  headache,
  fibromyalgia,
  lowBack,
  cancer,
  soreness,
  shoulder,
  heel,
];

/**
 * Checked against their abstracts and ready, but not seeded yet: with them, the matcher misses issue
 * 20's floors on its development set (post-operative pain: recall 4 of 11 on patients' own accounts;
 * carpal tunnel: two "none" complaints about other wrist conditions matched with high confidence;
 * hand pain: a frozen-shoulder complaint, "it hurt when I put my left hand on my back", matched with
 * high confidence). Each joins `modules` with no other change once the matcher handles those
 * (docs/evidence.md).
 */
export const preparedConditions: ConditionModule[] = [postOperative, carpalTunnel, hand];

const conditions: Condition[] = modules.map((m) => m.condition);
const studies: Study[] = [...modules.flatMap((m) => m.studies), ernst2003];
const recommendations: Recommendation[] = modules.map((m) => m.recommendation);

const safetyRules: SafetyRule[] = [
  {
    code: "dvt",
    label: "Deep vein thrombosis",
    finding: "Suspected or recent deep vein thrombosis",
    severity: "defer",
    severityNote: null,
    guidance: "Do not refer until DVT excluded/treated; precautions for at least 6 months after a DVT.",
    source: "Mayo Clinic patient text; Walton (massagemag)",
    retired: false,
  },
  {
    code: "fever-infection",
    label: "Fever or infection",
    finding: "Fever or systemic infection",
    severity: "defer",
    severityNote: null,
    guidance: "Refer after recovery.",
    source: "Mayo Clinic; health encyclopedia text",
    retired: false,
  },
  {
    code: "fracture",
    label: "Fracture or weakened bone",
    finding: "Recent fracture, or bone weakened by osteoporosis or cancer",
    severity: "defer",
    severityNote: "Defer at the fracture site; modify for weakened bone",
    guidance: "No pressure over weakened bone.",
    source: "Mayo Clinic; MSU",
    retired: false,
  },
  {
    code: "bleeding",
    label: "Bleeding risk",
    finding: "Bleeding disorder, anticoagulants, severe thrombocytopenia",
    severity: "modify",
    severityNote: null,
    guidance: "No deep or forceful pressure.",
    source: "Mayo Clinic",
    retired: false,
  },
  {
    code: "skin",
    label: "Skin wound, burn, infection or inflammation",
    finding: "Open or healing wounds, burns, skin infection, acute local inflammation",
    severity: "local",
    severityNote: null,
    guidance: "Avoid the area.",
    source: "MSU",
    retired: false,
  },
  {
    code: "recent-surgery",
    label: "Recent surgery",
    finding: "Surgery in the last 6 weeks",
    severity: "local",
    severityNote: null,
    guidance: "No deep pressure over the surgical site for at least 6 weeks.",
    source: "MSU",
    retired: false,
  },
  {
    code: "cancer",
    label: "Active cancer",
    finding: "Active cancer, tumour, bone metastases, radiation-treated skin",
    severity: "modify",
    severityNote: null,
    guidance: "Light pressure; no deep pressure over tumour or metastases; physician approval; oncology-trained therapist.",
    source: "NCCIH; MSU",
    retired: false,
  },
  {
    code: "lymphedema",
    label: "Lymphedema",
    finding: "Lymphedema or lymph-node removal",
    severity: "modify",
    severityNote: null,
    guidance: "Pressure limits on the affected limb, lifelong.",
    source: "Walton (massagemag)",
    retired: false,
  },
  {
    code: "pregnancy",
    label: "Pregnancy",
    finding: "Pregnant",
    severity: "modify",
    severityNote: null,
    guidance: "Prenatal-trained therapist, side-lying positioning; discuss with the obstetric provider.",
    source: "NCCIH",
    retired: false,
  },
  {
    code: "neuro-red-flags",
    label: "Neurological red flags",
    finding:
      "New neurological deficit, saddle anaesthesia, bladder/bowel change, unexplained weight loss with back pain",
    severity: "defer",
    severityNote: null,
    guidance: "Urgent medical assessment instead of referral.",
    source: "Clinical red flags (ACP 2017 context)",
    retired: false,
  },
];

export const seedEvidence: EvidenceContent = { conditions, studies, recommendations, safetyRules };
