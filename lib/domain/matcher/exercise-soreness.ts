import { analyze, type Analysis, type Position } from "./analyze";
import { BODY_PART_STEMS, normalWord } from "./lexicon";

/**
 * The time pattern of delayed-onset muscle soreness, in a patient's own words: muscles sore, stiff or
 * hurting, with exercise named nearby, and a sign that the soreness came a day or more after it or that
 * the exercise was unaccustomed (soreness peaks 24-72 h after unaccustomed, especially eccentric,
 * exercise: Cheung K et al. 2003, Sports Med 33(2):145-164; Guo J et al. 2017, Front Physiol 8:747).
 * "Legs hurt for days after the race", "quads killing me two days after my first spin class", "took the
 * stairs sitting down after leg day". The pattern adds the clinical concept's words ("delayed onset muscle
 * soreness") to the complaint, so whichever condition's phrases name that concept is matched — no slug
 * is written here.
 */

const CONCEPT = "delayed onset muscle soreness";
const EXERCISE = normalWord("exercise");
const MUSCLE = normalWord("muscle");
/** Limbs and regions whose soreness after exercise is muscular (not joints: a sore knee after a run is not DOMS). */
const MUSCLE_REGIONS = new Set(
  ["leg", "legs", "thigh", "thighs", "arm", "arms", "butt", "bum", "buttock", "buttocks", "core", "body", "calf"].map(normalWord),
);
const SORE = new Set(
  [
    "sore",
    "pain",
    "stiff",
    "stiffness",
    "tight",
    "tightness",
    "cramp",
    "cramping",
    "tender",
    "jelly",
    "wrecked",
    "trashed",
    "destroyed",
    "sorely",
  ].map(normalWord),
);
/** Said with the soreness: it came later. */
const DELAY =
  /\b(?:next|following) (?:day|morning)|\bday after\b|\bdays? (?:later|after)\b|\b\d+\s*(?:days?|hours?|hrs?|h)\s+(?:after|later|post)\b|\b(?:24|48|72)\s*(?:-|to)?\s*(?:24|48|72)?\s*(?:h|hrs?|hours?)\b|\bfor days\b|\b(?:two|2|three|3|couple of) days\b|\bsince (?:the |my |our )?(?:race|marathon|run|workout|game|match|class|session|weekend|sunday|saturday|monday|tuesday|wednesday|thursday|friday)\b|\byesterday'?s?\b|\b(?:on |last |since )?(?:sunday|saturday|monday|tuesday|wednesday|thursday|friday)\b|\blast weekend\b|\bthis morning\b|\bwoke up\b|\bafterwards?\b/i;
/** Said without naming the exercise: soreness that peaks a day or two after (the DOMS time course itself). */
const DOMS_HOURS = /\b(?:24|48|72)\s*(?:-|to)?\s*(?:48|72)?\s*(?:h|hrs?|hours?)\s+(?:after|later|post)\b/i;
/** Said of the exercise: it was new, more, longer, harder or eccentric (downhill, lowering). */
const UNACCUSTOMED =
  /\b(?:first|new|unaccustomed|not used to|back to|returned to|returning to|after (?:a |months |years )?(?:long )?(?:break|time off)|more than usual|harder than usual|longer than usual|eccentric|downhill|overd(?:id|o|one) it|pushed (?:it|myself) too (?:hard|far))\b/i;
/** "started running", "began lifting": the exercise is new. */
const BEGAN = new Set(["started", "starting", "began", "begun", "begin", "start", "took"]);
/** Functional signs patients give for sore legs: stairs taken sitting down, walking like a penguin. */
const FUNCTIONAL =
  /\bstairs?\b[^.;!?]{0,40}\b(?:sitting|sideways|backwards|on my (?:butt|bum))\b|\b(?:can'?t|can not|cannot|could ?n'?t|could not|barely|hardly|struggl\w*)\b[^.;!?]{0,25}\b(?:stairs?|steps|walk|sit(?: down)?|squat|lift my arms|straighten (?:my|them|it)|move my (?:arms|legs))\b|\bwalk(?:ing)? like (?:a |an )?(?:penguin|zombie|cowboy|robot|old (?:man|woman|lady))\b|\b(?:hobbl|waddl)\w*|\blegs? (?:felt|feel|feeling|are|were) like (?:lead|jelly|concrete|bricks|wood)\b|\b(?:sitting|sit) (?:down )?on the (?:toilet|loo)\b|\b(?:every|each) step\b[^.;!?]{0,40}\b(?:pain\w*|sore\w*|hurt\w*|agony|ouch)|\b(?:pain\w*|hurt\w*) (?:on|with) (?:every|each) step\b/i;
/** Soreness from contact or friction ("a bruise the shape of a bike seat", blisters, chafing): not muscular. */
const CONTACT = /\b(?:bruis\w*|blisters?|chaf\w*|saddle sores?|raw from)\b/i;
/** Pain that settles within the hour, or gone by the next day: exertional pain, not the delayed pattern. */
const SETTLES_QUICKLY =
  /\b(?:subsides?|subsided|settles?|settled|goes away|went away|eases?|eased|wears? off|wore off)\b[^.;!?]{0,30}\b(?:quickly|within (?:an?|the|a few) (?:hour|hours|minutes?)|(?:less than|under) an hour|in minutes)|\b(?:i'?m|i am|i was|i feel|i felt) fine (?:by )?the next (?:day|morning)\b/i;
/** How far before the sore muscle the exercise may be named, in sentences (a diary names the race
 * first, then the days after it); and how far after. */
const SENTENCES_BEFORE = 2;
const SENTENCES_AFTER = 1;
const AFTER = new Set(["after", "since", "following", "post"]);

let conceptTerms: string[] | null = null;
function concept(): string[] {
  conceptTerms ??= analyze(CONCEPT, { implies: false }).positions.flatMap((p) => p.terms.map((t) => t.term));
  return conceptTerms;
}

const has = (p: Position, terms: ReadonlySet<string> | string) =>
  p.terms.some((t) => (typeof terms === "string" ? t.term === terms : terms.has(t.term)));

function sentenceText(a: Analysis, first: number, last: number): string {
  const start = a.tokens.find((_, k) => (a.tokenSentence[k] ?? -1) >= first)?.start ?? 0;
  let end = start;
  a.tokens.forEach((t, k) => {
    const s = a.tokenSentence[k] ?? -1;
    if (s >= first && s <= last) end = t.end;
  });
  return a.text.slice(start, end);
}

/** Adds the concept's words to the muscle mentioned sore when the pattern holds; mutates `a`. */
/** Parts that are not muscle: soreness there after exercise is a joint, tendon or bone problem. */
const NOT_MUSCLE = new Set([
  ...BODY_PART_STEMS,
  ...["tendon", "tendons", "joint", "joints", "bone", "bones", "ligament", "ligaments", "achilles"].map(normalWord),
]);

/** Soreness with no body part named near it ("so sore after yesterday's workout"): after exercise, muscular. */
function bareSoreness(a: Analysis, p: Position): boolean {
  if (!has(p, SORE) || has(p, NOT_MUSCLE)) return false;
  return !a.positions.some(
    (q) => q.sentence === p.sentence && Math.abs(q.index - p.index) <= 3 && has(q, NOT_MUSCLE) && !has(q, MUSCLE_REGIONS),
  );
}

/** An exercise named as the time anchor ("post marathon", "after leg day") happened, even inside a
 * negation about something else ("no more post marathon endorphins") — not when the negation is of the
 * soreness itself ("denies sore muscles after workouts"). */
function anchoredInTime(a: Analysis, p: Position, affirmed: (position: number) => boolean): boolean {
  if (!a.tokens.slice(Math.max(0, p.firstToken - 3), p.firstToken).some((t) => AFTER.has(t.lower))) return false;
  return !a.positions.some(
    (q) => q.sentence === p.sentence && !affirmed(q.index) && (has(q, SORE) || has(q, MUSCLE) || has(q, MUSCLE_REGIONS)),
  );
}

export function inferExerciseSoreness(a: Analysis, affirmed: (position: number) => boolean = () => true): void {
  const anyExercise = a.positions.some((p) => has(p, EXERCISE));
  // Most complaints name no exercise and no 24-72 h time course: nothing to look for (and no per-word scans).
  if (!anyExercise && !DOMS_HOURS.test(a.text)) return;
  const anchors = a.positions.filter((p) => affirmed(p.index) && (has(p, MUSCLE) || has(p, MUSCLE_REGIONS) || bareSoreness(a, p)));
  // A functional sign with no muscle named ("After my first CrossFit session I could barely walk down the
  // stairs"): the exercise itself anchors the pattern, and the sign stands for the sore legs.
  if (anchors.length === 0)
    anchors.push(
      ...a.positions.filter(
        (p) => affirmed(p.index) && has(p, EXERCISE) && FUNCTIONAL.test(sentenceText(a, p.sentence - 1, p.sentence + 1)),
      ),
    );
  if (anchors.length === 0) return;
  // Sentences as written: a "..." cut counts as one, since it stands for words left out.
  const rankOf = (p: Position) => p.sentence;
  for (const muscle of anchors) {
    // The sentence with the sore muscle, the two before and the one after: "Ran a marathon Sunday. Today my quads…".
    const r = rankOf(muscle);
    const inWindow = (p: Position) => rankOf(p) >= r - SENTENCES_BEFORE && rankOf(p) <= r + SENTENCES_AFTER;
    const near = a.positions.filter((p) => inWindow(p) && affirmed(p.index));
    const happened = (p: Position) => has(p, EXERCISE) && (affirmed(p.index) || anchoredInTime(a, p, affirmed));
    // A diary's opening sentence sets its topic ("The day after the half marathon. ... My legs hurt more
    // today"): an exercise named there as the time anchor counts for the whole passage, at the weaker factor.
    const exercise = a.positions.find((p) => inWindow(p) && happened(p)) ?? topicExercise(a, happened);
    const window = a.positions.filter((p) => inWindow(p) || (exercise !== undefined && p.sentence === exercise.sentence));
    const lo = window[0]?.sentence ?? muscle.sentence;
    const hi = window[window.length - 1]?.sentence ?? muscle.sentence;
    const text = sentenceText(a, lo, hi);
    if (CONTACT.test(sentenceText(a, muscle.sentence, muscle.sentence)) || SETTLES_QUICKLY.test(text)) continue;
    // A bare "it hurt" beside the run, or a functional sign with no muscle named ("every step hurts"), is
    // the part named around it ("my feet hurt ... this 10 miler hurt", "my heel hurts with every step"):
    // muscular only when the passage names no joint, tendon or bone, or names a muscle too.
    // A muscle the passage denies ("denies muscle soreness") names none: a negated mention never helps a
    // match. One named in a functional sign is named, though "can not move my arms" reads as a negation.
    const bare = !has(muscle, MUSCLE) && !has(muscle, MUSCLE_REGIONS);
    const namesMuscle = window.some(
      (p) => (has(p, MUSCLE) || has(p, MUSCLE_REGIONS)) && (affirmed(p.index) || FUNCTIONAL.test(sentenceText(a, p.sentence, p.sentence))),
    );
    if (bare && window.some((p) => has(p, NOT_MUSCLE)) && !namesMuscle) continue;
    // Without the exercise named, only the DOMS time course itself ("48 hours after") with a muscle counts.
    if (!exercise) {
      if (
        !anyExercise &&
        (has(muscle, MUSCLE) || has(muscle, MUSCLE_REGIONS)) &&
        DOMS_HOURS.test(a.text) &&
        near.some((p) => p.sentence === muscle.sentence && has(p, SORE))
      )
        addConcept(muscle);
      continue;
    }
    const sore =
      near.some((p) => p.sentence === muscle.sentence && Math.abs(p.index - muscle.index) <= 4 && has(p, SORE)) || FUNCTIONAL.test(text);
    if (!sore) continue;
    const before = a.tokens.slice(Math.max(0, exercise.firstToken - 3), exercise.firstToken);
    const afterExercise = before.some((t) => AFTER.has(t.lower) || BEGAN.has(t.lower));
    const timed = DELAY.test(text) || UNACCUSTOMED.test(text) || afterExercise;
    // Without the time pattern the words alone (muscle, sore, exercise) are left to the phrases: soreness
    // during a workout may be fatigue or injury.
    // An exercise named two sentences back is weaker evidence than one beside the sore muscle: the concept
    // is added at 0.8, so the match reads medium at most.
    if (timed) addConcept(muscle, Math.abs(rankOf(exercise) - r) <= 1 ? 1 : FAR_FACTOR);
  }
}

const FAR_FACTOR = 0.8;

/** The exercise of the passage's first sentence when that sentence dates the text by it ("the day after the
 * race", "post marathon") or names it as a first or unaccustomed session ("My First Yoga Class"): the topic a
 * diary goes on to describe. */
function topicExercise(a: Analysis, happened: (p: Position) => boolean): Position | undefined {
  const first = a.positions[0]?.sentence;
  const exercise = a.positions.find((p) => p.sentence === first && happened(p));
  if (!exercise) return undefined;
  const before = a.tokens.slice(Math.max(0, exercise.firstToken - 3), exercise.firstToken);
  // "My First Yoga Class": a title that names a first (or unaccustomed) session sets the topic too.
  return before.some((t) => AFTER.has(t.lower)) || UNACCUSTOMED.test(sentenceText(a, exercise.sentence, exercise.sentence))
    ? exercise
    : undefined;
}

const NOTE = "sore muscles after (unaccustomed) exercise, a day or more later: the delayed-onset muscle soreness pattern (24-72 h)";

function addConcept(at: Position, factor = 1): void {
  for (const term of concept()) {
    const prev = at.terms.find((t) => t.term === term);
    if (prev && prev.factor >= factor) continue;
    if (prev) at.terms.splice(at.terms.indexOf(prev), 1);
    at.terms.push({ term, factor, note: NOTE });
  }
}
