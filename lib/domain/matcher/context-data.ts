/**
 * Context triggers in the spirit of NegEx (Chapman et al. 2001, J Biomed Inform 34:301) and its
 * ConText extension (Harkema et al. 2009, J Biomed Inform 42:839): a trigger opens a scope that runs
 * forwards (pre) or backwards (post) until a terminator, a pause or five words, and a mention inside it
 * is negated, historical, someone else's, or hypothetical. Phrases are lower-case words as tokenised.
 */

export type ContextKind = "negated" | "resolved" | "historical" | "family" | "hypothetical" | "background" | "radiation";

export interface TriggerDef {
  phrase: string;
  kind: ContextKind;
  direction: "pre" | "post" | "both";
  /** List triggers ("denies", "negative for") run on across commas: "denies fever, chills, weight loss". */
  list?: boolean;
  /** Words in scope when not the default five ("years ago" reaches only the event just before it). */
  scope?: number;
}

const pre = (kind: ContextKind, list: boolean, ...phrases: string[]): TriggerDef[] =>
  phrases.map((phrase) => ({ phrase, kind, direction: "pre" as const, list }));
const post = (kind: ContextKind, ...phrases: string[]): TriggerDef[] =>
  phrases.map((phrase) => ({ phrase, kind, direction: "post" as const }));

export const TRIGGERS: TriggerDef[] = [
  ...pre("negated", false, "no", "not", "without", "nor", "never", "non", "absent", "negative", "neg", "wo", "w/o", "free of", "absence of", "lack of", "resolution of", "no sign of", "no signs of", "no evidence of", "no history of", "no hx of", "no h/o", "no complaints of", "not have", "doesnt have", "does not have", "did not have", "didnt have", "has no", "had no", "never had", "cannot", "no new", "no recent", "no acute",
    // A patient setting a diagnosis aside: "this has nothing to do with carpal tunnel".
    "nothing to do with", "unrelated to"),
  ...pre("negated", true, "denies", "denied", "deny", "denying", "negative for", "neg for", "ros negative for", "no history of", "free from", "without any", "no signs or symptoms of", "not experiencing"),
  // Pre-position exclusion ("ruled out fibromyalgia", "excluded: fracture") as well as the usual post-position.
  ...pre("negated", false, "ruled out", "has been ruled out", "was ruled out", "were ruled out", "excluded", "was excluded", "has been excluded"),
  ...post("negated", "denied", "ruled out", "excluded", "is negative", "was negative", "negative", "absent", "not present", "not seen", "unlikely", "free"),
  ...pre("resolved", false, "resolved", "no longer", "no more", "recovered from", "cured of", "former"),
  ...post("resolved", "resolved", "has resolved", "now resolved", "since resolved", "fully resolved", "gone", "cured", "recovered", "healed", "no longer present", "settled"),
  ...pre("historical", false, "previous", "previously", "prior", "past history of", "past hx of", "remote history of", "remote hx of", "in the past", "as a child", "in childhood"),
  { phrase: "years ago", kind: "historical", direction: "post", scope: 3 },
  { phrase: "months ago", kind: "historical", direction: "post", scope: 3 },
  ...post("historical", "survivor", "in remission", "remission", "in the past", "as a child", "in childhood", "previously", "historically", "status post"),
  ...pre("hypothetical", false, "rule out", "r/o", "to rule out", "ruling out", "possible", "possibly", "query", "suspected", "suspect", "suspicion of", "suspicious for", "concern for", "concerning for", "question of", "evaluate for", "eval for", "evaluation for", "assess for", "screen for", "screening for", "consider", "considering", "differential", "ddx", "if", "in case of", "risk of", "at risk of", "at risk for", "prevention of", "to prevent", "to exclude", "exclude", "worried about", "worry about", "worried", "worries", "concerned", "concerned about", "afraid of", "afraid", "fear of", "fears", "wonders if", "potential", "presumed", "questionable",
    // Patients' hedges: what they guessed it was is not a diagnosis ("I assumed it was carpal tunnel").
    "assumed", "assumed it was", "thought it was", "thought i had", "i thought", "sounds like", "might be", "may be", "could be",
    "maybe", "wondering if", "not sure if", "self diagnosed", "googled"),
  ...post("hypothetical", "suspected", "possible", "is possible", "not excluded", "not ruled out", "screening", "screen", "to be ruled out", "queried", "pending", "risk"),
  // "history of", "s/p": the condition is context for this visit (capped at medium), not necessarily past:
  // a chronic complaint has a history too. "a 3-week history of" is the present illness (pseudo-triggers).
  ...pre("background", false, "history of", "hx of", "h/o", "s/p", "status post", "background of", "long history of"),
  // Where a pain spreads to is not where the complaint is ("hip pain radiating to the lower back").
  ...pre(
    "radiation", false, "radiating to", "radiates to", "radiating into", "radiates into", "radiating down", "radiates down",
    "radiating toward", "radiating towards", "radiation to", "radiation into", "radiated to", "radiated into", "spreading to",
    "spreads to", "spreading into", "spread to", "referred to", "refers to", "extending to", "extends to", "extended to",
    "extending into", "shooting down", "shoots down", "shooting into", "travels down", "travelling down", "traveling down",
    "going down", "goes down", "down into",
  ),
  { phrase: "vs", kind: "hypothetical", direction: "both" },
  { phrase: "versus", kind: "hypothetical", direction: "both" },
];

/** Look like triggers but are not: matched first, and the words they cover start no scope. */
export const PSEUDO_TRIGGERS: string[] = [
  "no increase", "no change", "not only", "not necessarily", "without difficulty", "no further", "not certain",
  "gram negative", "no relief", "not improved", "not improving", "no improvement", "not resolved", "not resolving",
  "unresolved", "not getting better", "not helped", "did not help", "doesnt help", "no better", "without relief",
  "without improvement", "not responding", "no response", "not better", "not gone", "not fully resolved",
  "never resolved", "has not resolved", "hasnt resolved", "not gone away", "prior to", "not tolerate", "no benefit",
  "not intractable", "not working", "no help", "not relieved", "no effect", "not controlled", "no cure",
  "if needed", "not sure", "no more than", "not more than", "negative impact",
  // A duration before "history" makes it the present illness: "a 3-week history of neck pain".
  "day history", "days history", "week history", "weeks history", "month history", "months history", "year history",
  "years history", "long history", "longer history", "lengthy history", "longstanding history", "history of present illness",
  "history of the present illness", "history of presenting complaint",
];

/**
 * Words a negation can bear on alone: "not intractable", "non tender", "not sharp, just achy" deny the
 * quality, not the condition. ICD-10-CM title qualifiers and the usual examination and pain adjectives.
 * A negation followed by one of these covers that word only.
 */
export const NEGATABLE_QUALIFIERS = new Set([
  "intractable", "tender", "tenderness", "specific", "displaced", "traumatic", "radiating", "radicular", "pulsating",
  "throbbing", "sharp", "stabbing", "shooting", "burning", "severe", "constant", "major", "serious",
  "acute", "sudden", "new", "worse", "worsening", "improving", "better", "swollen", "red", "warm", "hot", "localized",
  "focal", "unilateral", "bilateral", "complicated", "elsewhere", "classified", "otherwise", "specified",
]);

/** Words that end any scope: the sentence turns to something else. */
export const TERMINATORS = new Set([
  "but", "however", "although", "though", "except", "yet", "whereas", "nevertheless", "nonetheless", "now", "presents",
  "presenting", "presented", "here", "currently", "c/o", "complains", "complaining", "reports", "reporting", "which",
  "who", "today", "instead", "aside", "apart", "since", "still", "otherwise", "while", "pt", "patient", "she", "he",
]);

/** Relatives: "mother has fibromyalgia" is not the patient's fibromyalgia. */
export const RELATIVES = new Set([
  "mother", "mom", "mum", "father", "dad", "sister", "brother", "sibling", "siblings", "parent", "parents", "son",
  "daughter", "aunt", "uncle", "cousin", "grandmother", "grandfather", "grandma", "grandpa", "grandparent", "husband",
  "wife", "spouse", "partner", "child", "children", "niece", "nephew", "relative", "relatives", "friend", "twin",
]);
/** Words after a relative that start a statement about them. */
export const RELATIVE_LINKS = new Set(["has", "had", "with", "diagnosed", "dx", "dx'd", "suffers", "suffered", "died", "passed", "having", "got", "gets", "is", "was", "also"]);
export const FAMILY_TRIGGERS: string[] = ["family history of", "family history", "family hx of", "family hx", "fhx", "fh of", "fhx of", "fam hx", "runs in the family", "runs in family", "maternal", "paternal", "hereditary"];

/** Say there is nothing to treat now: every candidate drops to low confidence. */
export const NO_CURRENT_SYMPTOMS: string[] = [
  "no complaints", "no current complaints", "no current symptoms", "no active complaints", "no active symptoms",
  "no symptoms", "no current sx", "no sx", "asymptomatic", "symptom free", "symptomfree", "currently well",
  "no current problems", "no concerns", "no current pain",
];
