import type { RedFlagCode, RedFlag } from "./types";

/**
 * Red flags and "different condition, same body part or word" patterns, as data. A pattern is a short
 * phrase; "(a|b)" gives alternatives. Words are matched in any order within a short window, after the
 * same lexicon as the conditions' phrases (so "saddle anaesthesia" = "saddle numbness").
 */

export interface RedFlagDef {
  code: RedFlagCode;
  label: string;
  urgency: RedFlag["urgency"];
  patterns: string[];
  /** Words an evidence exclusion uses for this flag ("cauda equina"): a present flag satisfies it. */
  names: string[];
}

// Sources: ACP 2017 / NICE NG59 low back pain red flags (cauda equina, malignancy, infection);
// SNOOP4 headache red flags (thunderclap onset, neurological signs, giant cell arteritis);
// rhabdomyolysis after exertion (dark urine, severe weakness); exertional chest pain (acute coronary syndrome).
export const RED_FLAGS: RedFlagDef[] = [
  {
    code: "cauda-equina",
    label: "possible cauda equina syndrome",
    urgency: "emergency",
    names: ["cauda equina", "neurological red flags"],
    patterns: [
      "saddle (anaesthesia|numbness)",
      "(perineal|perianal|genital) numbness",
      "urinary retention",
      "(bowel|fecal|faecal|bladder) incontinence",
      "new urinary incontinence",
      "incontinence of (stool|bowel|bladder)",
      "(bowel|bladder) (change|dysfunction|disturbance|problem)",
      "loss of (bladder|bowel) control",
      "cauda equina",
      "(reduced|decreased|loss of) anal tone",
      "bilateral sciatica",
    ],
  },
  {
    code: "thunderclap-headache",
    label: "thunderclap headache (possible subarachnoid haemorrhage)",
    urgency: "emergency",
    names: ["thunderclap", "neurological red flags"],
    patterns: [
      "thunderclap",
      "worst headache",
      "sudden headache",
      "explosive headache",
      "headache (peaked|peaking|maximal) (minute|seconds)",
      "subarachnoid",
    ],
  },
  {
    code: "rhabdomyolysis",
    label: "possible rhabdomyolysis (dark urine after exertion)",
    urgency: "emergency",
    names: ["rhabdomyolysis", "dark urine"],
    patterns: [
      "(dark|brown|cola|tea|black) urine",
      "(cola|tea) colored urine",
      "rhabdomyolysis",
      "myoglobinuria",
      "(high|elevated|raised|very high) (ck|cpk|creatine kinase)",
      "(ck|cpk) (high|elevated|raised)",
    ],
  },
  {
    code: "chest-pain",
    label: "chest pain (possible cardiac cause)",
    urgency: "emergency",
    names: ["chest pain"],
    patterns: ["chest (pain|tightness|pressure|discomfort)", "angina", "pain radiating (left arm|jaw)", "exertional chest"],
  },
  {
    code: "neuro-deficit",
    label: "new neurological deficit",
    urgency: "urgent",
    names: ["neurological deficit", "neurological red flags", "severe weakness"],
    patterns: [
      "foot drop",
      "(new|progressive|sudden|severe) weakness",
      "(leg|arm|limb|foot|hand|legs|arms) weakness",
      "weakness (leg|arm|legs|arms|limb)",
      "slurred speech",
      "facial droop",
      "(vision|visual) loss",
      "loss of vision",
      "double vision",
      "diplopia",
      "loss of balance",
      "ataxia",
      "seizure",
      "hemiparesis",
      "paralysis",
      "jaw claudication",
      "neurological deficit",
      "neuro deficit",
      "(progressive|new) numbness",
      "confusion",
    ],
  },
  {
    // Wells criteria items a patient can say: a swollen calf or whole leg, one-sided (Wells PS et al. 2003, NEJM 349:1227).
    code: "dvt",
    label: "possible deep vein thrombosis (swollen calf or leg)",
    urgency: "urgent",
    names: ["deep vein thrombosis", "dvt", "blood clot"],
    patterns: [
      "(leg|calf|thigh) (swollen|swelling)",
      "swollen (leg|calf)",
      "deep vein thrombosis",
      "dvt",
      "blood clot",
      "(leg|calf) (red|warm) (swollen|swelling)",
    ],
  },
  {
    code: "fever",
    label: "fever or systemic infection",
    urgency: "urgent",
    names: ["fever", "infection"],
    patterns: ["fever", "night sweats", "rigors", "chills"],
  },
  {
    code: "weight-loss",
    label: "unexplained weight loss",
    urgency: "urgent",
    names: ["weight loss", "malignancy"],
    patterns: ["weight loss", "losing weight", "lost weight", "(unintentional|unexplained|unintended) weight"],
  },
  {
    code: "trauma",
    label: "recent trauma",
    urgency: "caution",
    names: ["trauma"],
    // "hit by", "struck by" lose their stopword "by": a bare "hits" ("osteoarthritis hits the knees") is no injury.
    patterns: [
      "fall",
      "fell",
      "motor vehicle accident",
      "trauma",
      "whiplash",
      "(hit|struck) (car|vehicle|truck|bike|ball|head|bat)",
      "assault",
    ],
  },
];

export interface DifferentConditionDef {
  label: string;
  patterns: string[];
  /** Canonical words a condition's phrases share with this diagnosis: such a condition is capped. */
  regions: string[];
  /** A symptom pattern, not a diagnosis: it caps the conditions of its region but its words stay usable by every phrase. */
  symptom?: boolean;
}

const JOINTS = "(hip|hand|shoulder|ankle|wrist|elbow|finger|thumb|foot|toe|cmc|facet|sacroiliac|si joint|carpometacarpal|jaw)";
const MUSCLES = "(muscle|hamstring|calf|quad|quadriceps|pectoral|pec|groin|adductor|biceps|triceps|gastrocnemius|rotator cuff|oblique)";

export const DIFFERENT_CONDITIONS: DifferentConditionDef[] = [
  {
    label: "osteoarthritis of another joint",
    regions: ["osteoarthritis", "arthritis"],
    patterns: [`${JOINTS} (osteoarthritis|arthritis)`],
  },
  {
    label: "a knee injury or a different knee condition",
    regions: ["knee"],
    patterns: [
      "anterior cruciate ligament",
      "(pcl|mcl|lcl|cruciate|collateral ligament) (tear|rupture|injury|sprain|reconstruction)",
      "(meniscus|meniscal|menisci)",
      "patellar (dislocation|tendinopathy|tendinitis|tendonitis|fracture)",
      "patellofemoral pain",
      "baker cyst",
      "popliteal cyst",
      "prepatellar bursitis",
      "osgood schlatter",
    ],
  },
  {
    label: "a different headache disorder",
    // Neck pain is part of most migraine attacks (Calhoun AH et al. 2010, Headache 50(8):1273-1277: more
    // often than nausea), so a neck pain told with a named headache disorder is not high for neck pain.
    regions: ["headache", "tension", "neck"],
    patterns: [
      "migraine",
      "migrainous",
      "cluster headache",
      "trigeminal neuralgia",
      "occipital neuralgia",
      "temporal arteritis",
      "giant cell arteritis",
      "medication overuse headache",
      "rebound headache",
      "sinus headache",
      "post traumatic headache",
      // Other primary and secondary headaches of ICD-10-CM G44 (besides tension-type, G44.2-) and ICHD-3.
      "hemicrania",
      "sunct",
      "trigeminal autonomic",
      "vascular headache",
      "drug induced headache",
      "hypnic headache",
      "cough headache",
      "exertional headache",
      "stabbing headache",
      "new daily persistent headache",
      "headache sexual activity",
      "concussion",
      "intracranial hypertension",
      "subarachnoid",
    ],
  },
  {
    label: "a neck mass or a specific neck disorder",
    regions: ["neck"],
    patterns: [
      "neck (mass|lump|swelling|node)",
      "lymphadenopathy",
      // Lay words for enlarged lymph nodes (MedlinePlus: swollen lymph nodes, "swollen glands").
      "swollen (glands|gland|lymph nodes|lymph node|nodes)",
      "(glands|lymph nodes) (swollen|swelling|up)",
      "thyroid (nodule|mass)",
      "goiter",
      "goitre",
      "cervical (disc|disk) (disorder|herniation|prolapse|bulge)",
      "cervical (radiculopathy|myelopathy)",
    ],
  },
  {
    label: "cancer screening or a cervix finding",
    regions: [],
    patterns: [
      "cervical (cancer|screening|smear|dysplasia|intraepithelial|cytology)",
      "pap (smear|test)",
      "pap",
      "colposcopy",
      "hpv",
      "mammogram",
      "mammography",
      "colonoscopy",
      "cancer screening",
    ],
  },
  {
    label: "a muscle or tendon injury",
    regions: ["muscle"],
    patterns: [
      `${MUSCLES} (tear|rupture|strain|pull)`,
      "pulled (muscle|hamstring|calf|groin)",
      "tendon (rupture|tear)",
      "achilles (rupture|tear)",
      "tendinopathy",
      "tendinitis",
      "tendonitis",
      "tendinosis",
    ],
  },
  {
    label: "an inflammatory or crystal arthritis",
    regions: ["arthritis", "osteoarthritis", "knee"],
    patterns: [
      "rheumatoid arthritis",
      "psoriatic arthritis",
      "septic arthritis",
      "reactive arthritis",
      "inflammatory arthritis",
      "gout",
      "gouty",
      "pseudogout",
      "ankylosing spondylitis",
      "lupus",
      "sle",
      "polymyalgia rheumatica",
      "juvenile arthritis",
      "spondyloarthritis",
      // Juvenile idiopathic arthritis, oligo- (pauci-) or polyarticular, is never osteoarthritis.
      "juvenile idiopathic arthritis",
      "juvenile rheumatoid arthritis",
      "jia",
      "jra",
      "oligoarticular",
      "pauciarticular",
      "oligoarthritis",
      "polyarticular",
      "still disease",
    ],
  },
  {
    label: "a specific musculoskeletal diagnosis",
    regions: [],
    patterns: ["bursitis", "fracture", "dislocation", "sprain", "lipoma", "cyst", "lump", "mass"],
  },
  // Named diagnoses of one region: a condition of that region with other evidence (hand pain, shoulder
  // pain, heel pain) is not them, unless its own phrases name them.
  {
    label: "a nerve, tendon or joint diagnosis of the wrist and hand",
    regions: ["hand", "wrist", "thumb", "finger"],
    patterns: [
      "carpal tunnel syndrome",
      "carpal tunnel",
      "de quervain",
      "de quervains",
      "trigger finger",
      "trigger thumb",
      "ganglion",
      "dupuytren",
      "mallet finger",
      "gamekeeper thumb",
      "skier thumb",
    ],
  },
  {
    // Numbness or tingling in the fingers is a nerve symptom (median nerve at the wrist, or the neck),
    // not the hand pain of arthritis or overuse (AAOS 2016 carpal tunnel syndrome guideline; Katz hand diagram).
    label: "nerve symptoms in the hand (numbness, tingling)",
    regions: ["hand", "thumb", "finger"],
    symptom: true,
    patterns: ["numbness (hand|hands|finger|fingers|thumb|thumbs)", "(hand|hands|finger|fingers|thumb) numbness", "median nerve"],
  },
  {
    // Numbness or tingling in the leg or foot with back pain is the sciatica (radicular) pattern,
    // not non-specific low back pain (NICE NG59 2016; Koes BW et al. 2007, BMJ 334:1313: leg pain, dermatomal
    // numbness or paraesthesia). A symptom: it caps the back's conditions at medium; its words stay usable.
    label: "nerve root symptoms in the leg (sciatica pattern)",
    regions: ["back"],
    symptom: true,
    patterns: [
      "numbness (leg|legs|foot|feet|thigh|calf|toes|extremity)",
      "(leg|legs|foot|thigh|calf|extremity) numbness",
      "sciatica",
      "sciatic nerve",
      "lumbar radiculopathy",
    ],
  },
  {
    label: "a specific shoulder diagnosis",
    regions: ["shoulder"],
    patterns: ["frozen shoulder", "adhesive capsulitis", "rotator cuff tear", "shoulder dislocation", "labral tear", "slap tear"],
  },
  {
    label: "a specific elbow diagnosis",
    regions: ["elbow"],
    patterns: ["tennis elbow", "golfer elbow", "epicondylitis", "epicondylalgia", "cubital tunnel", "ulnar nerve entrapment"],
  },
  {
    label: "a specific heel or foot diagnosis",
    regions: ["heel", "foot"],
    patterns: [
      "plantar fasciitis",
      "tarsal tunnel",
      "achilles (tendinopathy|tendinitis|tendonitis|rupture)",
      "calcaneal (fracture|stress fracture)",
      "shin splints",
      // Skin and nerve lesions of the sole are not plantar heel pain (verruca plantaris, ICD-10-CM B07.0).
      "plantar (wart|warts|verruca)",
      "verruca",
      "(morton|mortons) neuroma",
    ],
  },
  {
    label: "a specific musculoskeletal diagnosis",
    regions: [],
    patterns: ["compartment syndrome", "costochondritis", "temporomandibular", "tmj", "hernia"],
  },
  {
    // "CA 19-9", "CA-125": a blood test for a tumour marker; "non-cancerous tumor": not a cancer.
    label: "a tumour-marker test or a benign growth",
    regions: ["cancer", "tumor"],
    patterns: [
      "cancer (125|199|19|153|15|27|72)",
      "(benign|noncancerous|non cancerous|not cancerous) (tumor|growth|mass|neoplasm|lesion)",
      "tumor marker",
    ],
  },
  {
    label: "a kidney or urinary cause of back pain",
    regions: ["back"],
    patterns: [
      "kidney (stone|stones|infection|pain)",
      "renal (colic|stone|calculus)",
      "nephrolithiasis",
      "pyelonephritis",
      "flank pain",
      "ureteric (colic|stone)",
    ],
  },
  {
    // Inflammatory back pain has its own diagnoses and care (ASAS 2009 axial spondyloarthritis criteria).
    label: "an inflammatory spine disease",
    regions: ["back", "neck"],
    patterns: ["ankylosing spondylitis", "axial spondyloarthritis", "spondyloarthritis", "spondyloarthropathy", "bechterew disease"],
  },
  {
    // An acute injury by its ICD-10-CM name: a strain, sprain or contusion, and the 7th-character encounter
    // words that only injury codes carry (ICD-10-CM Official Guidelines I.C.19.a: "initial encounter",
    // "subsequent encounter", "sequela"). The evidence is for chronic, non-specific pain, not a fresh injury.
    label: "an acute injury (strain, sprain or contusion)",
    regions: ["back", "lumbar", "neck", "cervical", "thoracic", "knee", "shoulder", "hand", "wrist", "heel", "foot"],
    patterns: [
      "strain of (muscle|muscles|ligament|ligaments|tendon|tendons|fascia)",
      "sprain of (ligament|ligaments|joint|joints)",
      "(back|lumbar|neck|cervical|thoracic|shoulder|knee|wrist|hand) (strain|sprain|contusion)",
      "contusion",
      "initial encounter",
      "subsequent encounter",
      "sequela",
    ],
  },
  {
    // Back pain in pregnancy and back pain of a gynaecological cause are not the non-specific low back
    // pain of the evidence: its trials excluded pregnancy and back pain from a specific condition (Cherkin
    // DC et al. 2009, Trials 10:96, Table 2; ICD-10-CM O26.89- / O99.89 pregnancy-related conditions,
    // N94.6 dysmenorrhoea, N80 endometriosis). A symptom pattern: it caps the back, its words stay usable.
    label: "back pain of pregnancy or of a gynaecological cause",
    regions: ["back", "lumbar", "pelvic"],
    symptom: true,
    patterns: [
      "pregnancy",
      "pregnant",
      "trimester",
      "pelvic girdle pain",
      "symphysis pubis dysfunction",
      "dysmenorrhea",
      "dysmenorrhoea",
      "(menstrual|period) (pain|cramps|cramp|cramping)",
      "endometriosis",
      "adenomyosis",
    ],
  },
  {
    // Specific spinal conditions the non-specific low back pain trials excluded (Cherkin 2009, Table 2).
    label: "a specific spinal diagnosis (stenosis, spondylolisthesis, vertebral fracture, radiculopathy, myelopathy)",
    regions: ["back", "lumbar", "neck", "cervical"],
    patterns: [
      "spinal stenosis",
      "lumbar stenosis",
      "cervical stenosis",
      "spondylolisthesis",
      "vertebral fracture",
      "compression fracture",
      // Nerve root or spinal cord involvement is a specific cause (ICD-10-CM "with radiculopathy",
      // "with myelopathy", M47.1-/M47.2-, M50.0-/M50.1-, M51.0-/M51.1-); "without ..." is negated.
      "radiculopathy",
      "myelopathy",
    ],
  },
  {
    label: "whiplash after a collision",
    regions: ["neck"],
    patterns: ["whiplash", "whiplash associated disorder"],
  },
  {
    label: "a psychiatric disorder",
    regions: ["anxiety", "depression"],
    patterns: [
      "generalized anxiety disorder",
      "panic disorder",
      "major depressive disorder",
      "bipolar",
      "ptsd",
      "ocd",
      "schizophrenia",
      "postpartum depression",
    ],
  },
  {
    label: "an infection or skin condition",
    regions: [],
    patterns: [
      "sore throat",
      "pharyngitis",
      "tonsillitis",
      "uti",
      "urinary tract infection",
      "cellulitis",
      "rash",
      "shingles",
      "herpes zoster",
      "sinusitis",
      "pneumonia",
    ],
  },
];

/** Side words: skipped when looking for the body part beside a diagnosis ("ACL tear L knee"). */
export const SIDE_WORDS = new Set(["left", "right", "l", "r", "lt", "rt", "bilateral", "bilat", "b/l", "both", "unilateral"]);
