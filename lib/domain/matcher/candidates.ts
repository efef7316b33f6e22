import type { Analysis } from "./analyze";
import type { MatcherIndex } from "./build-index";
import { BODY_PART_STEMS, normalWord } from "./lexicon";
import { hitPositions, mentionFlags, positionFlags, spanOf, type DifferentHit, type RedFlagResult } from "./clinical";
import { FLAG, type ContextResult } from "./context";
import type { PhraseHit } from "./phrase-set";
import { describe, HIT_CAP, hitWarnings } from "./candidate-text";
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
import type { ComplaintFacts, MatchCandidate, MatchSpan, MatcherCondition, MentionFact } from "./types";

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
  positions: readonly number[];
  score: number;
  /** Why the mention was lowered, as HIT_CAP bits: the warnings are written only for candidates returned. */
  capped: number;
  /** Said as the reason for the visit, in a note that names other things too. */
  chief: boolean;
  /** Said as past history ("plantar fasciitis about 10 years ago"). */
  past: boolean;
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
  let capped = 0;
  const lower = (level: "medium" | "low", why: number) => {
    score = cap(score, level);
    capped |= why;
  };
  const head = hit.slotPositions[hit.phrase.head];
  const flags = mentionFlags(env.a, env.ctx, positions, head !== undefined && head >= 0 ? head : undefined);
  const slug = env.index.conditions[hit.phrase.owner]?.slug ?? null;
  if (flags & FLAG.hypothetical) {
    lower("low", HIT_CAP.hypothetical);
    addMention(env.facts.hypothetical, slug, spanOf(env.a, positions, "hypothetical: rule out, possible, vs, ?"));
  }
  if (flags & FLAG.historical) {
    lower("low", HIT_CAP.historical);
    addMention(env.facts.historical, slug, spanOf(env.a, positions, "past history"));
  } else if (flags & FLAG.background) {
    lower("medium", HIT_CAP.background);
    addMention(env.facts.historical, slug, spanOf(env.a, positions, "history or background"));
  }
  // A medicine's side effect is not the condition; a cancer treatment's side effects are cancer-related
  // symptoms, so a mention that names the cancer concept (chemotherapy, radiation therapy…) is not capped.
  if (flags & FLAG.adverse && !positions.some((p) => env.a.positions[p]?.terms.some((t) => t.term === CANCER)))
    lower("medium", HIT_CAP.adverse);
  // "My neck hurt a little ... My neck pain resolved rapidly": when the text says a condition resolved
  // and nothing says it is here now, its other mentions tell the same past episode.
  if (slug !== null && !(flags & FLAG.resolved) && resolvedSlugs(env).has(slug) && !PRESENT.test(env.a.text))
    lower("low", HIT_CAP.resolvedElsewhere);
  // "hip pain radiating to the lower back": a body part in a radiation scope is where the pain spreads.
  const spreadTo = positions.some(
    (p) => (positionFlags(env.a, env.ctx, p) & FLAG.radiation) !== 0 && env.a.positions[p]?.terms.some((t) => BODY_PART_STEMS.has(t.term)),
  );
  if (spreadTo) lower("low", HIT_CAP.spreadTo);
  if (positions.some((p) => env.listedWithWidespreadPain.has(p))) lower("low", HIT_CAP.widespread);
  if (positions.some((p) => env.painOfPronoun.has(p))) lower("medium", HIT_CAP.pronoun);
  const inChief = positions.filter((p) => env.ctx.chief[env.a.positions[p]?.firstToken ?? -1]).length;
  const chief = env.ctx.chiefDistinguishes && inChief * 2 > positions.length;
  return { hit, positions, score, capped, chief, past: (flags & FLAG.historical) !== 0 };
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
    s.capped |= HIT_CAP.pastEpisode;
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

/** A condition with its best mention and the further mentions that count with it. */
interface Judged {
  owner: number;
  condition: MatcherCondition;
  best: ScoredHit;
  used: ScoredHit[];
  /** Named in the chief complaint, when the note's chief complaint is weighed (else null). */
  chief: boolean | null;
  score: number;
  first: number;
}

const intersects = (x: ReadonlySet<string>, y: ReadonlySet<string>) => {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const v of small) if (large.has(v)) return true;
  return false;
};

/**
 * A condition's score after every cap that applies to it. With `warnings`, also writes each reason
 * (after the best mention's own): the caller ranks every condition without them, then asks again with a
 * list only for the few it returns — the score is the same either way.
 */
function judge(env: CandidateEnv, j: Judged, differentRegions: ReadonlySet<string>, warnings: string[] | null): number {
  const { owner, condition, best } = j;
  let score = best.score + EXTRA_MENTION_BONUS * (j.used.length - 1);
  const lower = (level: "medium" | "low", why: string | null) => {
    score = cap(score, level);
    if (warnings && why !== null && !warnings.includes(why)) warnings.push(why);
  };
  for (const id of env.index.exclusionsOf[owner] ?? []) {
    const e = env.index.exclusions[id];
    const where = env.exclusionsFound.get(id);
    if (e && where) {
      if (env.pastExclusions.has(id))
        lower("medium", warnings && `Not for: ${e.phrase} — "${where.text}" is in the history; check before referring (${e.reason})`);
      else lower("low", warnings && `Not for: ${e.phrase} ("${where.text}") — ${e.reason}`);
    }
  }
  const duration = env.facts.duration;
  for (const flag of env.facts.redFlags) {
    const why = warnings && `Red flag: ${flag.label} ("${flag.span.text}")`;
    if (flag.urgency === "emergency") lower("low", why && `${why} — needs urgent medical care, not a massage referral`);
    else if (flag.urgency === "urgent") lower("medium", why && `${why} — needs medical assessment first`);
    // An injury told with no chronic duration is a fresh one ("I fell on my hand and my wrist is
    // swollen"): the evidence is for chronic or subacute pain, so it is not high. Pain that has gone on
    // for months since an old accident keeps its confidence, with the warning.
    else if (flag.code === "trauma" && duration?.category !== "chronic")
      lower("medium", why && `${why} — an injury with no chronic duration stated`);
    else warnings?.push(`${why ?? ""} — check before referring`);
  }
  const region = env.index.regionTerms[owner];
  // Most conditions share no region with any different diagnosis: one test skips the loop for them.
  for (const d of region && intersects(region, differentRegions) ? env.different : []) {
    if (!region || d.listedBy?.has(owner) || !intersects(region, d.regions)) continue;
    const apart =
      best.hit.full &&
      disjoint(best.positions, d.positions) &&
      best.positions.every((p) => env.a.positions[p]?.segment !== env.a.positions[[...d.positions][0] ?? -1]?.segment);
    lower(
      apart ? "medium" : "low",
      warnings && `"${d.span.text}" is ${d.label.replace(/ \(.*\)$/, "")}, not ${condition.name.toLowerCase()}`,
    );
  }
  if (duration && !durationFits(condition.evidenceDuration, duration.category)) {
    lower(
      "medium",
      warnings &&
        `Duration "${duration.span.text}" reads as ${duration.category}; the evidence is for ${EVIDENCE_DURATION_WORDS[condition.evidenceDuration ?? "any"]} cases`,
    );
  }
  const age = env.facts.age;
  if (age && age.group !== "adult" && condition.evidenceAges !== "all") {
    const said = age.source === "intake" ? `age ${age.years ?? "?"} on the intake` : `"${age.span?.text ?? ""}"`;
    lower(
      "medium",
      warnings &&
        `The patient is ${age.group === "adolescent" ? "an adolescent" : age.group === "infant" ? "an infant" : "a child"} (${said}); the evidence for ${condition.name.toLowerCase()} is from adults`,
    );
  }
  if (env.ctx.noSymptoms) lower("low", warnings && `"${env.ctx.noSymptoms.text}": nothing to treat now`);
  // The reason for the visit outweighs what else a long note names: a small bonus after every cap,
  // so it reorders candidates of one confidence but never lifts one into "high".
  if (j.chief === false) lower("medium", "named outside the chief complaint (the reason for the visit names another condition)");
  if (j.chief === true) score = Math.max(score, Math.min(score + CHIEF_COMPLAINT_BONUS, score >= HIGH_SCORE ? 1 : HIGH_SCORE - 0.001));
  return round(clamp01(score));
}

/** The order of String#localeCompare (the same default collator), without building it per comparison. */
const SLUG_ORDER = new Intl.Collator();

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
  const differentRegions = new Set(env.different.flatMap((d) => [...d.regions]));
  const out: Judged[] = [];
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
    const j: Judged = { owner, condition, best, used, chief: weighChief ? (chiefOf.get(owner) ?? false) : null, score: 0, first: 0 };
    j.score = judge(env, j, differentRegions, null);
    if (j.score < MIN_SCORE) continue;
    j.first = Math.min(...best.positions);
    out.push(j);
  }
  // Equal scores: the complaint mentioned first is usually the main one.
  out.sort((x, y) => y.score - x.score || x.first - y.first || SLUG_ORDER.compare(x.condition.slug, y.condition.slug));
  // Warnings and explanations are written only for the candidates returned.
  return out.slice(0, MAX_CANDIDATES).map((j) => {
    const warnings = hitWarnings(env.a, j.best.positions, j.best.capped);
    judge(env, j, differentRegions, warnings);
    return {
      slug: j.condition.slug,
      score: j.score,
      confidence: confidenceOf(j.score),
      matched: j.used.map((s) => spanOf(env.a, s.positions, describe(env.a, s.hit, s.positions))),
      warnings,
    };
  });
}
