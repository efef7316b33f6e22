/**
 * Medication and finding words used by the safety rules (prisma/evidence/safety-rules/*.ts). Generic
 * and common brand names; a word ending in "*" is a prefix. Curated with the rules: a change here is a
 * change of the seeded evidence, versioned like any other.
 */

export const ANTICOAGULANTS = [
  "warfarin", "coumadin", "jantoven", "apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran", "pradaxa",
  "edoxaban", "savaysa", "lixiana", "heparin", "enoxaparin", "lovenox", "clexane", "dalteparin", "fragmin",
  "tinzaparin", "innohep", "fondaparinux", "arixtra", "acenocoumarol", "sintrom", "phenprocoumon", "marcumar",
  "blood thinner", "blood thinners", "anticoagula*", "anti coagula*", "doac", "noac", "lmwh", "low molecular weight heparin",
];

export const ANTIPLATELETS = [
  "clopidogrel", "plavix", "prasugrel", "effient", "ticagrelor", "brilinta", "aspirin", "dipyridamole", "persantine",
  "aggrenox", "cilostazol", "pletal", "ticlopidine", "antiplatelet*", "anti platelet*", "dual antiplatelet", "dapt",
];

/** Systemic corticosteroids; creams, inhalers and single injections are not "long-term". */
export const SYSTEMIC_CORTICOSTEROIDS = [
  "prednisone", "deltasone", "rayos", "prednisolone", "orapred", "methylprednisolone", "medrol", "solu medrol",
  "dexamethasone", "decadron", "long term (steroid|steroids|corticosteroid|corticosteroids|prednisone)",
  "(chronic|daily|oral|maintenance) (steroid|steroids|corticosteroid|corticosteroids)", "steroid dependent", "corticosteroid*",
];
export const NOT_SYSTEMIC = ["injection", "injections", "shot", "shots", "cream", "ointment", "inhaler", "inhalers", "nasal", "drops"];

export const CHEMOTHERAPY = [
  "chemotherapy", "chemo", "chemotherapies", "cisplatin", "carboplatin", "oxaliplatin", "eloxatin", "paclitaxel", "taxol",
  "docetaxel", "taxotere", "doxorubicin", "adriamycin", "epirubicin", "cyclophosphamide", "cytoxan", "capecitabine",
  "xeloda", "fluorouracil", "5 fu", "gemcitabine", "gemzar", "irinotecan", "camptosar", "vincristine", "vinorelbine",
  "etoposide", "folfox", "folfiri", "folfirinox", "temozolomide", "temodar", "pemetrexed", "alimta", "abvd", "r chop",
];

export const CANCER_WORDS = [
  "cancer", "cancers", "carcinoma", "tumour", "tumor", "malignancy", "malignant", "metasta*", "mets", "lymphoma",
  "leukaemia", "leukemia", "myeloma", "sarcoma", "glioblastoma", "glioma", "melanoma", "mesothelioma", "neoplasm",
  "oncology patient", "adenocarcinoma",
];

export const DVT_WORDS = [
  "dvt", "dvts", "deep (vein|venous) (thrombosis|thrombus|clot)", "blood clot (in|of) (the |)(leg|legs|calf|thigh|arm|popliteal|femoral)",
  "clot (in|of) (the |)(leg|legs|calf|thigh|popliteal|femoral|arm)", "(calf|leg|femoral|popliteal) (clot|thrombosis|thrombus)",
  "venous thromboembolism", "vte",
];
export const DVT_SUSPECTED = [
  "(suspected|possible|probable|query|likely|presumed|suspicion of|concern for) (dvt|deep vein thrombosis|blood clot|clot)", "rule out (dvt|deep vein thrombosis|clot)",
  "r o (dvt|clot)", "(dvt|clot) (suspected|query|not yet excluded|not excluded|awaiting (scan|doppler|ultrasound))",
  "(swollen|red hot|hot|warm) calf", "(unilateral|one sided|new) (calf|leg) swelling",
  "calf (swelling|redness|warmth) (and|with) (redness|warmth|tenderness|pain)",
];
/** Words saying a DVT is being treated: with the anticoagulants themselves. */
export const DVT_TREATED = [...ANTICOAGULANTS, "treated", "on treatment", "anticoagulated"];

export const BACK_WORDS = [
  "back pain", "backache", "back ache", "lbp", "lumbar", "low back", "lower back", "upper back", "sciatica", "spine pain", "spinal pain",
  "back (and|&) (leg|hip|buttock|neck) pain", "pain in (the |my |her |his |)(back|spine)", "thoracic pain", "radiculopathy",
];
export const WEIGHT_LOSS_EXPLAINED = [...CANCER_WORDS, "intentional", "dieting", "diet", "trying to lose", "bariatric", "weight loss program", "weight loss programme", "semaglutide", "ozempic", "wegovy", "hospice", "palliative"];
