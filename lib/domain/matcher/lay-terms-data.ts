import type { LexiconEntry } from "./lexicon-data";

/**
 * The lay-term layer: how patients (blogs, forums, reviews) and intake forms say what clinicians write,
 * mapped to the clinical concept words the evidence phrases use. Built in the manner of the Consumer
 * Health Vocabulary (Zeng QT, Tse T 2006, J Am Med Inform Assoc 13(1):24-29: lay expressions linked to
 * clinical concepts) from the general sources named on each entry; it is not a copy of the CHV files,
 * and no entry was taken from a labelled complaint. Same semantics as the clinical lexicon: `replace`
 * means the same words, `implies` adds a broader word (with `factor` < 1, only suggests it).
 */
export const LAY_TERMS: LexiconEntry[] = [
  // Pain said in everyday words
  {
    forms: ["hurt", "hurts", "hurting", "killing me", "kills me", "agony", "in agony", "twinge", "twinges", "throbs", "sore spot"],
    replace: "pain",
    note: "everyday word for pain",
    source: "CHV-style lay synonyms of pain (MeSH D010146 Pain)",
  },
  { forms: ["lumber", "lower lumbar", "low lumbar", "small of my back", "small of the back"], replace: "lumbar", note: "everyday word for the lower back", source: "lay anatomy; 'lumber' is the usual misspelling of lumbar" },
  { forms: ["crick", "cricked", "crook", "tight", "tightness", "knotted", "knots"], replace: "stiff", note: "everyday word for stiff", source: "lay anatomy" },
  { forms: ["text neck", "tech neck"], replace: "neck pain", note: "everyday name for neck pain", source: "lay anatomy" },
  { forms: ["wear and tear arthritis", "wear and tear", "bone on bone"], implies: "osteoarthritis", factor: 1, note: "lay name for osteoarthritis", source: "common lay names of osteoarthritis (MedlinePlus: Osteoarthritis)" },
  {
    forms: ["all over", "whole body", "my whole body", "every part of my body", "head to toe", "from head to toe", "generalized pain", "diffuse pain", "everywhere", "all my muscles", "every muscle", "every joint"],
    replace: "widespread",
    note: "lay word for widespread",
    source: "ACR 2010/2016 fibromyalgia criteria: widespread pain (lay wording)",
  },
  {
    forms: [
      "widespread pain", "chronic widespread pain", "pain all over", "pains all over", "hurt all over", "hurts all over", "ache all over",
      "aches all over", "aching all over", "sore all over", "pain everywhere", "hurt everywhere", "hurts everywhere", "aches and pains all over",
      "whole body pain", "body aches all over", "all over pain", "pain all over my body", "hurt all over my body",
    ],
    replace: "widespread pain",
    implies: "fibromyalgia",
    factor: 0.8,
    note: "pain all over the body",
    source: "ACR 2016 fibromyalgia criteria: generalized (widespread) pain; ICD-11 MG30.01 chronic widespread pain",
  },
  {
    forms: ["low mood", "feeling down", "feeling low", "feel down", "feeling blue", "down in the dumps", "depressed", "depressive", "depressed mood", "low spirits", "hopeless"],
    replace: "depression",
    note: "lay word for low mood",
    source: "PHQ-9 item 2 wording: feeling down, depressed, or hopeless",
  },
  { forms: ["anxious", "anxiousness", "worried sick", "on edge"], replace: "anxiety", note: "lay word for anxiety", source: "GAD-7 item wording: feeling nervous, anxious or on edge" },

  // The joints and parts of the hand by their clinical and everyday names are the hand (ICD-10-CM M79.64-
  // "pain in hand and fingers"); Heberden's and Bouchard's nodes are hand osteoarthritis (ACR 1990 hand OA criteria).
  {
    forms: [
      "finger", "fingers", "knuckle", "knuckles", "finger joint", "finger joints", "dip joint", "dip joints", "pip joint", "pip joints",
      "mcp joint", "mcp joints", "cmc joint", "cmc joints", "distal interphalangeal", "proximal interphalangeal", "interphalangeal",
      "metacarpophalangeal", "metacarpal", "metacarpals", "palm", "palms",
    ],
    implies: "hand",
    factor: 1,
    note: "a part of the hand",
    source: "TA2 anatomical terms (manus); ICD-10-CM M79.64- pain in hand and fingers",
  },
  { forms: ["heberden nodes", "heberden node", "heberdens nodes", "bouchard nodes", "bouchards nodes", "bouchard node"], implies: "hand osteoarthritis", factor: 1, note: "a sign of hand osteoarthritis", source: "ACR 1990 classification criteria for hand osteoarthritis" },
  // Muscles by their gym and sports names are muscles
  {
    forms: [
      "quad", "quads", "quadricep", "quadriceps", "hammy", "hammies", "hammys", "hamstring", "hamstrings", "calf", "calves", "glute", "glutes",
      "gluteal", "bicep", "biceps", "tricep", "triceps", "delt", "delts", "deltoid", "pec", "pecs", "lats", "traps", "trapezius", "abs", "obliques",
      "gastrocnemius", "adductor", "adductors", "thigh muscles", "leg muscles", "arm muscles", "butt muscles",
    ],
    implies: "muscle",
    factor: 1,
    note: "a muscle",
    source: "lay and gym names of muscle groups (TA2 anatomical terms)",
  },
  // Strenuous exercise named by its kind (activities of the Compendium of Physical Activities, Ainsworth BE
  // et al. 2011, Med Sci Sports Exerc 43(8):1575-1581, in everyday words)
  {
    forms: [
      "marathon", "half marathon", "ultramarathon", "ultra", "10k", "5k", "race", "racing", "triathlon", "ironman", "duathlon", "run", "running",
      "ran", "jog", "jogging", "sprint", "sprints", "sprinting", "intervals", "hills", "hill repeats", "downhill", "uphill", "uphills", "cycling", "bike ride", "spin",
      "spinning", "rowing", "swim", "swimming", "hike", "hiking", "climbing", "bouldering", "skiing", "crossfit", "hiit", "bootcamp", "boot camp",
      "aerobics", "zumba", "plyometrics", "plyo", "squat", "squats", "lunges", "deadlift", "deadlifts", "weightlifting", "weight lifting",
      "lifting weights", "leg day", "arm day", "soccer", "football", "rugby", "basketball", "tennis", "hockey", "netball", "volleyball",
      "squash", "practice", "personal trainer", "trainer", "gardening", "yard work", "yardwork", "digging", "shoveling", "shovelling",
      "shoveling snow", "moving furniture",
    ],
    implies: "exercise",
    factor: 1,
    note: "strenuous exercise",
    source: "Compendium of Physical Activities (Ainsworth 2011), everyday names",
  },
  { forms: ["workout", "workouts", "work out", "working out", "worked out", "training", "trained", "exercising", "exercises", "excercise", "gym", "physical activity", "sport", "sports"], replace: "exercise", note: "synonym", source: "everyday words for exercise" },
  // Operations named by what was done: each is surgery ("four days after my gallbladder removal").
  {
    forms: [
      "cholecystectomy", "gallbladder removal", "gallbladder removed", "gallbladder surgery", "appendectomy", "appendicectomy", "hysterectomy",
      "mastectomy", "lumpectomy", "laminectomy", "discectomy", "microdiscectomy", "spinal fusion", "arthroplasty", "arthroscopy",
      "hip replacement", "knee replacement", "joint replacement", "shoulder replacement", "c section", "caesarean", "cesarean", "laparoscopy",
      "laparotomy", "bypass surgery", "hernia repair", "acl reconstruction", "rotator cuff repair", "tonsillectomy", "thyroidectomy",
      "prostatectomy", "colectomy", "nephrectomy", "operation", "op", "procedure", "operated", "surgeries", "surgical",
      "gallbladder was removed", "gallbladder taken out", "gallbladder out", "appendix removed", "appendix was removed", "appendix out",
      "carpal tunnel release", "incision", "incisions", "surgical wound", "pain pump", "pain pumps", "pca pump", "nerve block", "knee surgery", "hip surgery", "back surgery", "shoulder surgery", "tkr", "tka", "thr", "tha",
    ],
    implies: "surgery",
    factor: 1,
    note: "an operation",
    source: "names of common operations (-ectomy, -plasty, replacement, repair)",
  },
  // Pain after surgery by its clinical names, in one word or two ("post-op" is read as "post op").
  {
    forms: ["postoperative", "post operative", "postop", "post op", "post operatively", "postoperatively", "postsurgical", "post surgical", "post surgery", "postprocedural", "post procedural"],
    replace: "postoperative",
    implies: "surgery",
    note: "synonym",
    source: "MeSH D010149 Pain, Postoperative (entry terms); ICD-10-CM G89.18 acute postprocedural pain",
  },
  // Features that suggest, but do not prove, a tension-type headache: pressing or tightening quality
  // ("band-like"), bilateral, not aggravated by routine activity (ICHD-3 2.2 / 2.3 criteria).
  {
    forms: ["band", "bandlike", "band like", "cap", "helmet", "hat", "vice", "vise", "vice like", "vise like", "squeezing", "squeeze", "pressing", "pressure like", "tightening", "pericranial"],
    implies: "tension",
    factor: 0.6,
    note: "a feature of tension-type headache",
    source: "ICHD-3 2.2/2.3: pressing or tightening (band-like) quality",
  },
];
