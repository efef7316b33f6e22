import type { Analysis } from "./analyze";
import type { MatcherIndex } from "./build-index";
import { BODY_PART_STEMS, normalWord } from "./lexicon";
import { hitPositions, mentionFlags, positionFlags, spanOf, type DifferentHit, type RedFlagResult } from "./clinical";
import { FLAG, type ContextResult } from "./context";
import type { PhraseHit } from "./phrase-set";
import {
  cap,
  CHIEF_COMPLAINT_BONUS,
  clamp01,
  confidenceOf,
  EXTRA_MENTION_BONUS,
  FULL_MATCH,
  HIGH_SCORE,
  MAX_EXTRA_MENTIONS,
  MIN_SCORE,
  round,
} from "./scoring";
import { durationFits, EVIDENCE_DURATION_WORDS } from "./duration-fit";
import type { ComplaintFacts, MatchCandidate, MatchSpan, MentionFact } from "./types";

/** More would not help a clinician choose; a large evidence base can otherwise return dozens of weak ones. */
export const MAX_CANDIDATES = 10;

export interface CandidateEnv {
  index: MatcherIndex;
  a: Analysis;
  ctx: ContextResult;
  red: RedFlagResult;
  different: DifferentHit[];
  /** Exclusion ids found (not negated) in the text, with where. */
  exclusionsFound: Map<number, MatchSpan>;
  /** Exclusions found only in past history or background: they lower to medium, not low. */
  pastExclusions: ReadonlySet<number>;
  /** Body parts listed together with widespread pain ("neck, shoulders, back and legs"). */
  listedWithWidespreadPain: ReadonlySet<number>;
  /** Body parts given the pain of a following "It hurts" sentence. */
  painOfPronoun: ReadonlySet<number>;
  facts: ComplaintFacts;
}

interface ScoredHit {
  hit: PhraseHit;
  positions: number[];
  score: number;
  warnings: string[];
  /** Said as the reason for the visit, in a note that names other things too. */
  chief: boolean;
  /** Said as past history ("plantar fasciitis about 10 years ago"). */
  past: boolean;
}

function describe(env: CandidateEnv, s: ScoredHit): string {
  const { hit } = s;
  const matched = hit.slotPositions.filter((p) => p >= 0).length;
  const said = new Set(
    spanOf(env.a, s.positions, "")
      .text.toLowerCase()
      .split(/[^\p{L}]+/u),
  );
  // Name the phrase the clinician's words resemble most ("neck pain" rather than its twin "cervicalgia").
  const closest = (t: string) =>
    t
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => said.has(w)).length;
  const text = [...hit.phrase.texts].sort((x, y) => closest(y) - closest(x))[0] ?? hit.phrase.text;
  let why = hit.full ? `matches "${text}"` : `partly matches "${text}" (${matched} of ${hit.phrase.slots.length} words)`;
  if (hit.proximity < 1) why += ", words apart in one sentence";
  const notes = new Set<string>();
  hit.phrase.slots.forEach((slot, k) => {
    const pos = env.a.positions[hit.slotPositions[k] ?? -1];
    const note = pos?.terms.find((t) => t.term === slot)?.note;
    if (note) notes.add(note);
  });
  return notes.size > 0 ? `${why} (${[...notes].join("; ")})` : why;
}

const CANCER = normalWord("cancer");

/** Words that put a complaint in the present, against a "resolved" said elsewhere in the text. */
const PRESENT =
  /\b(?:now|still|again|currently|today|these days|ongoing|persist\w*|continu\w*|since then|recurr\w*|flare\w*|worse|worsen\w*|every day|daily|constant\w*)\b/i;
const resolvedCache = new WeakMap<CandidateEnv, Set<string>>();
/** Conditions that some mention in the text says have resolved. */
function resolvedSlugs(env: CandidateEnv): Set<string> {
  let set = resolvedCache.get(env);
  if (!set) {
    set = new Set(env.facts.historical.filter((m) => m.span.why.startsWith("resolved") && m.slug !== null).map((m) => m.slug ?? ""));
    resolvedCache.set(env, set);
  }
  return set;
}

function scoreHit(env: CandidateEnv, hit: PhraseHit): ScoredHit {
  const positions = hitPositions(hit);
  let score = FULL_MATCH * hit.coverage * hit.proximity;
  const warnings: string[] = [];
  const head = hit.slotPositions[hit.phrase.head];
  const flags = mentionFlags(env.a, env.ctx, positions, head !== undefined && head >= 0 ? head : undefined);
  const slug = env.index.conditions[hit.phrase.owner]?.slug ?? null;
  const span = spanOf(env.a, positions, "");
  if (flags & FLAG.hypothetical) {
    score = cap(score, "low");
    warnings.push(`"${span.text}" is mentioned as a possibility, not a diagnosis`);
    addMention(env.facts.hypothetical, slug, { ...span, why: "hypothetical: rule out, possible, vs, ?" });
  }
  if (flags & FLAG.historical) {
    score = cap(score, "low");
    warnings.push(`"${span.text}" is mentioned as past history`);
    addMention(env.facts.historical, slug, { ...span, why: "past history" });
  } else if (flags & FLAG.background) {
    score = cap(score, "medium");
    warnings.push(`"${span.text}" is mentioned as history or background, not as the reason for this visit`);
    addMention(env.facts.historical, slug, { ...span, why: "history or background" });
  }
  // A medicine's side effect is not the condition; a cancer treatment's side effects are cancer-related
  // symptoms, so a mention that names the cancer concept (chemotherapy, radiation therapy…) is not capped.
  if (flags & FLAG.adverse && !positions.some((p) => env.a.positions[p]?.terms.some((t) => t.term === CANCER))) {
    score = cap(score, "medium");
    warnings.push(`"${span.text}" is said to be a side effect of a medicine, not the condition itself`);
  }
  // "My neck hurt a little ... My neck pain resolved rapidly": when the text says a condition resolved
  // and nothing says it is here now, its other mentions tell the same past episode.
  if (slug !== null && !(flags & FLAG.resolved) && resolvedSlugs(env).has(slug) && !PRESENT.test(env.a.text)) {
    score = cap(score, "low");
    warnings.push(`the text says this resolved, and nothing says it is back now`);
  }
  // "hip pain radiating to the lower back": a body part in a radiation scope is where the pain spreads.
  const spreadTo = positions.some(
    (p) => (positionFlags(env.a, env.ctx, p) & FLAG.radiation) !== 0 && env.a.positions[p]?.terms.some((t) => BODY_PART_STEMS.has(t.term)),
  );
  if (spreadTo) {
    score = cap(score, "low");
    warnings.push(`"${span.text}" names where a pain spreads to, not the complaint itself`);
  }
  if (positions.some((p) => env.listedWithWidespreadPain.has(p))) {
    score = cap(score, "low");
    warnings.push(`"${span.text}" is one of many body parts listed with widespread pain, not a regional complaint`);
  }
  if (positions.some((p) => env.painOfPronoun.has(p))) {
    score = cap(score, "medium");
    warnings.push(`"${span.text}": the pain is said in a later sentence ("it hurts", "the pain"); check it means this`);
  }
  const inChief = positions.filter((p) => env.ctx.chief[env.a.positions[p]?.firstToken ?? -1]).length;
  return {
    hit,
    positions,
    score,
    warnings,
    chief: env.ctx.chiefDistinguishes && inChief * 2 > positions.length,
    past: (flags & FLAG.historical) !== 0,
  };
}

/** Words of a sentence that put it in the present: "now", "still", or a present-tense verb. */
const PRESENT_TENSE = /\b(?:is|are|am|hurts?|aches?|has been|have been|keeps?)\b/i;
const sentenceOf = (env: CandidateEnv, s: ScoredHit) => env.a.positions[Math.min(...s.positions)]?.sentence ?? -1;

/**
 * "I had plantar fasciitis about 10 years ago, and the heel pain went on for a year": another mention of a
 * condition in the sentence that names it as past history tells the same past episode, unless the
 * sentence puts it in the present ("... and now my heel hurts again"). Mutates the scored hits.
 */
function capPastEpisode(env: CandidateEnv, scored: ScoredHit[]): void {
  const pastSentences = new Set(scored.filter((s) => s.past).map((s) => sentenceOf(env, s)));
  if (pastSentences.size === 0) return;
  for (const s of scored) {
    const sentence = sentenceOf(env, s);
    if (s.past || !pastSentences.has(sentence)) continue;
    const words = env.a.positions.filter((p) => p.sentence === sentence);
    const text = env.a.text.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0);
    if (PRESENT.test(text) || PRESENT_TENSE.test(text)) continue;
    s.score = cap(s.score, "low");
    s.warnings.push("said in the same sentence as a past episode of this condition, and nothing puts it in the present");
  }
}

/** Adds a mention unless the same condition is already reported over these words. */
export function addMention(list: MentionFact[], slug: string | null, span: MatchSpan): void {
  if (!list.some((m) => m.slug === slug && m.span.start < span.end && span.start < m.span.end)) list.push({ slug, span });
}

const disjoint = (x: readonly number[], y: Iterable<number>) => {
  const set = new Set(y);
  return x.every((p) => !set.has(p));
};

export function buildCandidates(env: CandidateEnv, hits: PhraseHit[]): MatchCandidate[] {
  const byCondition = new Map<number, ScoredHit[]>();
  for (const hit of hits) {
    const list = byCondition.get(hit.phrase.owner) ?? [];
    list.push(scoreHit(env, hit));
    byCondition.set(hit.phrase.owner, list);
  }
  // A note that names a condition as the reason for the visit and others elsewhere (history, passing
  // mentions): the reason for the visit leads, the others read as medium at most.
  const chiefOf = new Map<number, boolean>();
  for (const [owner, scored] of byCondition)
    chiefOf.set(
      owner,
      scored.some((s) => s.chief),
    );
  const weighChief = [...chiefOf.values()].some(Boolean) && [...chiefOf.values()].some((c) => !c);
  for (const scored of byCondition.values()) capPastEpisode(env, scored);
  const differentRegions = env.different.map((d) => [...d.regions]);
  const out: { candidate: MatchCandidate; first: number; used: ScoredHit[] }[] = [];
  for (const [owner, scored] of byCondition) {
    const condition = env.index.conditions[owner];
    if (!condition) continue;
    scored.sort((x, y) => y.score - x.score || Math.min(...x.positions) - Math.min(...y.positions));
    const best = scored[0];
    if (!best) continue;
    const used = [best];
    for (const s of scored.slice(1)) {
      if (used.length > MAX_EXTRA_MENTIONS) break;
      if (s.score >= 0.45 && used.every((u) => disjoint(s.positions, u.positions))) used.push(s);
    }
    let score = best.score + EXTRA_MENTION_BONUS * (used.length - 1);
    const warnings = [...best.warnings];
    const lower = (level: "medium" | "low", why: string) => {
      score = cap(score, level);
      if (!warnings.includes(why)) warnings.push(why);
    };
    for (const id of env.index.exclusionsOf[owner] ?? []) {
      const e = env.index.exclusions[id];
      const where = env.exclusionsFound.get(id);
      if (e && where) {
        if (env.pastExclusions.has(id))
          lower("medium", `Not for: ${e.phrase} — "${where.text}" is in the history; check before referring (${e.reason})`);
        else lower("low", `Not for: ${e.phrase} ("${where.text}") — ${e.reason}`);
      }
    }
    const duration = env.facts.duration;
    for (const flag of env.facts.redFlags) {
      const why = `Red flag: ${flag.label} ("${flag.span.text}")`;
      if (flag.urgency === "emergency") lower("low", `${why} — needs urgent medical care, not a massage referral`);
      else if (flag.urgency === "urgent") lower("medium", `${why} — needs medical assessment first`);
      // An injury told with no chronic duration is a fresh one ("I fell on my hand and my wrist is
      // swollen"): the evidence is for chronic or subacute pain, so it is not high. Pain that has gone on
      // for months since an old accident keeps its confidence, with the warning.
      else if (flag.code === "trauma" && duration?.category !== "chronic")
        lower("medium", `${why} — an injury with no chronic duration stated`);
      else warnings.push(`${why} — check before referring`);
    }
    const region = env.index.regionTerms[owner];
    for (const [k, d] of env.different.entries()) {
      if (!region || d.listedBy?.has(owner) || !differentRegions[k]?.some((r) => region.has(r))) continue;
      const apart =
        best.hit.full &&
        disjoint(best.positions, d.positions) &&
        best.positions.every((p) => env.a.positions[p]?.segment !== env.a.positions[[...d.positions][0] ?? -1]?.segment);
      lower(apart ? "medium" : "low", `"${d.span.text}" is ${d.label.replace(/ \(.*\)$/, "")}, not ${condition.name.toLowerCase()}`);
    }
    if (duration && !durationFits(condition.evidenceDuration, duration.category)) {
      lower(
        "medium",
        `Duration "${duration.span.text}" reads as ${duration.category}; the evidence is for ${EVIDENCE_DURATION_WORDS[condition.evidenceDuration ?? "any"]} cases`,
      );
    }
    const age = env.facts.age;
    if (age && age.group !== "adult" && condition.evidenceAges !== "all") {
      const said = age.source === "intake" ? `age ${age.years ?? "?"} on the intake` : `"${age.span?.text ?? ""}"`;
      lower(
        "medium",
        `The patient is ${age.group === "adolescent" ? "an adolescent" : age.group === "infant" ? "an infant" : "a child"} (${said}); the evidence for ${condition.name.toLowerCase()} is from adults`,
      );
    }
    if (env.ctx.noSymptoms) lower("low", `"${env.ctx.noSymptoms.text}": nothing to treat now`);
    // The reason for the visit outweighs what else a long note names: a small bonus after every cap,
    // so it reorders candidates of one confidence but never lifts one into "high".
    if (weighChief && !chiefOf.get(owner))
      lower("medium", "named outside the chief complaint (the reason for the visit names another condition)");
    if (weighChief && chiefOf.get(owner))
      score = Math.max(score, Math.min(score + CHIEF_COMPLAINT_BONUS, score >= HIGH_SCORE ? 1 : HIGH_SCORE - 0.001));
    score = round(clamp01(score));
    if (score < MIN_SCORE) continue;
    out.push({
      candidate: { slug: condition.slug, score, confidence: confidenceOf(score), matched: [], warnings },
      first: Math.min(...best.positions),
      used,
    });
  }
  // Equal scores: the complaint mentioned first is usually the main one.
  out.sort((x, y) => y.candidate.score - x.candidate.score || x.first - y.first || x.candidate.slug.localeCompare(y.candidate.slug));
  // Explanations are written only for the candidates returned.
  return out
    .slice(0, MAX_CANDIDATES)
    .map((o) => ({ ...o.candidate, matched: o.used.map((s) => spanOf(env.a, s.positions, describe(env, s))) }));
}
