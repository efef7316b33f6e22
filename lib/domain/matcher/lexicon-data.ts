import { LAY_TERMS } from "./lay-terms-data";

/**
 * Generic clinical lexicon, as data. Condition-specific words live in the evidence conditions' phrases
 * (so an admin-added condition needs no code change); this file only teaches the matcher how clinicians
 * write the canonical words those phrases contain.
 *
 * - `replace`: the written form means exactly these words (abbreviation or synonym). Applied to complaint
 *   text and to phrases alike, so "DJD knee" and "knee osteoarthritis" become the same words.
 * - `implies`: the written form keeps its own meaning and also implies a broader word (hypernym:
 *   glioblastoma is a cancer) or, with factor < 1, suggests it (feature: a band-like headache suggests
 *   tension type). Applied to complaint text only, so a phrase "glioblastoma" still needs that word.
 */

export interface LexiconEntry {
  forms: string[];
  replace?: string;
  implies?: string;
  /** Weight of an implied word relative to the written word (1 = certain). */
  factor?: number;
  note: string;
  /** Where the equivalence comes from (a vocabulary, a guideline, a classification), for reviewers. */
  source?: string;
}

function muscleSorenessForms(): string[] {
  const muscle = ["muscle", "muscles", "muscular"];
  const pain = ["pain", "pains", "ache", "aches", "aching", "achy", "sore", "soreness", "hurt", "hurts", "hurting", "tenderness"];
  return muscle.flatMap((m) => pain.flatMap((p) => [`${m} ${p}`, `${p} ${m}`]));
}

export const LEXICON: LexiconEntry[] = [
  // Abbreviations and shorthand
  { forms: ["lbp"], replace: "low back pain", note: "abbreviation" },
  { forms: ["oa"], replace: "osteoarthritis", note: "abbreviation" },
  { forms: ["djd", "degenerative joint disease", "degenerative arthritis", "osteoarthrosis", "arthrosis", "osteoarthritic", "degenerative joint"], replace: "osteoarthritis", note: "synonym", source: "MeSH D010003 Osteoarthritis entry terms" },
  { forms: ["arthritic", "arthritides"], replace: "arthritis", note: "synonym" },
  { forms: ["tth", "tension type headache", "tension-type headache"], replace: "tension type headache", note: "abbreviation", source: "ICHD-3 2. Tension-type headache" },
  { forms: ["ha", "h/a", "headach", "head ache", "cephalalgia", "cephalgia"], replace: "headache", note: "abbreviation" },
  { forms: ["cdh"], replace: "chronic daily headache", note: "abbreviation" },
  { forms: ["fm", "fms", "fibro"], replace: "fibromyalgia", note: "abbreviation" },
  { forms: ["doms"], replace: "delayed onset muscle soreness", note: "abbreviation" },
  { forms: ["eimd"], replace: "exercise induced muscle damage", note: "abbreviation" },
  { forms: ["ca"], replace: "cancer", note: "abbreviation" },
  { forms: ["cancers", "malignancy", "malignancies", "malignant", "malignant neoplasm"], replace: "cancer", note: "synonym" },
  { forms: ["mets", "metastases", "metastasis", "metastatic disease", "metastasized", "metastasised"], replace: "metastatic", implies: "cancer", note: "abbreviation" },
  { forms: ["chemo", "chemotherapy", "chemotherapies"], replace: "chemotherapy", implies: "cancer", note: "cancer treatment" },
  { forms: ["cervicalgia"], replace: "neck pain", note: "clinical term" },
  { forms: ["lumbago", "lumbalgia", "lumbar spine pain"], replace: "low back pain", note: "clinical term" },
  { forms: ["backache", "back ache"], replace: "back pain", note: "synonym" },
  { forms: ["ache", "aches", "aching", "achy", "achiness", "painful", "pains"], replace: "pain", note: "synonym" },
  { forms: ["lower", "lwr"], replace: "low", note: "synonym" },
  { forms: ["upper back", "mid back", "middle back", "thoracic spine"], replace: "thoracic", note: "a different part of the back" },
  { forms: ["sore", "soreness", "tender muscles"], replace: "sore", note: "synonym" },
  // A muscle word beside a pain word, either order ("muscle pain", "sore muscles", "muscles ache").
  { forms: ["myalgia", "myalgias", ...muscleSorenessForms()], replace: "muscle soreness", note: "synonym", source: "MeSH D063806 Myalgia (muscle pain, muscle soreness)" },
  { forms: ["tender point", "tender points", "tenderpoints"], replace: "tender point", note: "synonym", source: "ACR 1990 fibromyalgia classification criteria" },
  { forms: ["sx", "symptoms", "symptomatic"], replace: "symptom", note: "abbreviation" },
  { forms: ["mva", "mvc", "rta", "car accident", "car crash", "road traffic accident", "motor vehicle collision"], replace: "motor vehicle accident", note: "abbreviation" },
  { forms: ["ra"], replace: "rheumatoid arthritis", note: "abbreviation" },
  { forms: ["pmr"], replace: "polymyalgia rheumatica", note: "abbreviation" },
  { forms: ["gca"], replace: "giant cell arteritis", note: "abbreviation" },
  { forms: ["gad"], replace: "generalized anxiety disorder", note: "abbreviation" },
  { forms: ["mdd"], replace: "major depressive disorder", note: "abbreviation" },
  { forms: ["cts"], replace: "carpal tunnel syndrome", note: "abbreviation" },
  { forms: ["acl"], replace: "anterior cruciate ligament", note: "abbreviation" },
  { forms: ["urinary retention", "retention of urine", "unable to void", "cannot pass urine"], replace: "urinary retention", note: "synonym", source: "NICE NG59 / ACP 2017 cauda equina red flags" },
  { forms: ["numbness", "numb", "paresthesia", "pins and needles", "tingling", "loss of sensation", "sensory loss"], replace: "numbness", note: "synonym" },
  { forms: ["anesthesia", "anesthetic"], replace: "numbness", note: "synonym" },
  { forms: ["weak", "weakness", "paresis"], replace: "weakness", note: "synonym" },
  { forms: ["febrile", "pyrexia", "pyrexial", "fevers"], replace: "fever", note: "synonym" },
  { forms: ["rhabdo"], replace: "rhabdomyolysis", note: "abbreviation" },
  { forms: ["torn", "tearing", "tears"], replace: "tear", note: "synonym" },
  { forms: ["ruptured", "ruptures"], replace: "rupture", note: "synonym" },
  { forms: ["fractured", "fractures", "fx", "broken"], replace: "fracture", note: "synonym" },
  { forms: ["dislocated", "dislocations"], replace: "dislocation", note: "synonym" },
  { forms: ["sprained", "sprains"], replace: "sprain", note: "synonym" },

  // Clinical hypernyms: the written word names a cancer
  {
    forms: [
      "glioblastoma", "gbm", "glioma", "astrocytoma", "lymphoma", "hodgkin", "hodgkins", "nhl", "leukemia", "cll", "aml",
      "myeloma", "sarcoma", "osteosarcoma", "melanoma", "carcinoma", "adenocarcinoma", "mesothelioma", "neoplasm",
      "neoplasms", "neoplastic", "oncology", "oncologic", "oncological", "radiotherapy", "radiation therapy", "xrt",
      "carcinomatosis", "dcis", "seminoma", "blastoma", "neuroblastoma", "cholangiocarcinoma",
    ],
    implies: "cancer",
    factor: 1,
    note: "a kind of cancer or its treatment",
  },
  // Cancer treatment named by its drug (NCI Drug Dictionary): chemotherapy, hormone therapy, targeted and
  // immune therapy, and the white-cell boosters given with chemotherapy.
  {
    forms: [
      "tamoxifen", "letrozole", "anastrozole", "exemestane", "femara", "arimidex", "aromatase inhibitor", "aromatase inhibitors",
      "herceptin", "trastuzumab", "pertuzumab", "taxol", "paclitaxel", "docetaxel", "taxotere", "carboplatin", "cisplatin",
      "oxaliplatin", "adriamycin", "doxorubicin", "cyclophosphamide", "capecitabine", "xeloda", "gemcitabine", "folfox",
      "folfiri", "rituximab", "keytruda", "pembrolizumab", "nivolumab", "opdivo", "immunotherapy", "neulasta", "pegfilgrastim",
      "filgrastim", "neupogen", "lupron", "zoladex", "ibrance", "palbociclib", "abiraterone", "enzalutamide",
    ],
    implies: "cancer",
    factor: 1,
    note: "a cancer treatment",
    source: "NCI Drug Dictionary (cancer.gov): chemotherapy, hormone, targeted and immune therapies, growth factors given with chemotherapy",
  },
  { forms: ["gonarthrosis"], implies: "knee osteoarthritis", factor: 1, note: "osteoarthritis of the knee" },
  // Degenerative spine: counted as the non-specific neck or back pain the evidence covers (ICD-10-CM M47.812, M47.816).
  { forms: ["cervical spondylosis", "spondylosis of cervical region", "cervical degenerative disc disease", "cervical osteoarthritis", "arthritis in the neck", "arthritis of the neck", "arthritis in my neck", "neck arthritis"], replace: "neck pain", implies: "chronic", note: "degenerative neck condition", source: "ICD-10-CM M47.812 spondylosis of cervical region" },
  { forms: ["lumbar spondylosis", "spondylosis of lumbar region", "lumbar degenerative disc disease", "lumbar osteoarthritis"], replace: "low back pain", implies: "chronic", note: "degenerative low back condition", source: "ICD-10-CM M47.816 spondylosis of lumbar region" },
  ...LAY_TERMS,
];

/** Words that never carry meaning on their own in a phrase or a window. */
export const STOPWORDS = new Set([
  "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "w", "and", "or", "by", "from", "as", "into", "per",
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "his", "her", "their", "my", "your", "its",
  "this", "that", "these", "those", "who", "which", "very", "some", "also", "patient", "pt", "pts", "mr", "mrs", "ms",
  "he", "she", "they", "i", "me", "it", "c/o", "c/w", "y/o", "yo", "complain", "complains", "report", "reports",
  "present", "presents", "here", "s", "area", "region", "both", "side", "sides", "after",
]);

/** Phrase words that qualify rather than name a condition: a complaint need not repeat them. */
export const MODIFIERS = new Set([
  "chronic", "acute", "subacute", "nonspecific", "primary", "unspecified", "mechanical", "bilateral", "unilateral",
  "left", "right", "severe", "mild", "moderate", "daily", "persistent", "recurrent", "relat", "associat", "other",
  "idiopathic", "long", "term", "longstanding",
]);

/** Head nouns too general to name a condition on their own ("syndrome" of "fibromyalgia syndrome"). */
export const GENERIC_HEADS = new Set([
  "syndrome", "disease", "disorder", "pain", "patient", "care", "condition", "symptom", "problem", "injury", "damage",
  "type", "sore", "ache", "discomfort", "dysfunction", "complaint", "issue", "tension", "muscle", "joint",
]);

/** Prepositions after which a phrase's head noun has already been said ("osteoarthritis of the knee"). */
export const HEAD_DELIMITERS = new Set(["of", "after", "with", "in", "from", "during", "following", "on", "for"]);

/** Body parts: a partial match whose missing word is a body part, next to another body part, is about that other part. */
export const BODY_PARTS = [
  "knee", "hip", "neck", "back", "shoulder", "elbow", "wrist", "hand", "finger", "thumb", "foot", "ankle", "heel", "toe",
  "leg", "arm", "thigh", "calf", "hamstring", "groin", "chest", "abdomen", "abdominal", "jaw", "head", "spine", "thoracic",
  "rib", "pelvis", "pelvic", "buttock", "forearm", "shin", "achilles", "temple", "face", "throat", "breast", "lumbar",
  "cervical", "sacroiliac", "coccyx", "tailbone", "hamstring", "quad", "trapezius", "scapula",
];
