import "server-only";
import { getCurrentEvidence } from "@/lib/data/evidence";
import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatcherIndex, type MatchResult } from "@/lib/domain/matcher";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";

export interface CurrentMatcher {
  snapshot: EvidenceSnapshot;
  index: MatcherIndex;
}

// Building the index (lexicon, speller, phrase sets) costs far more than a match, and an evidence
// version is immutable, so one index per version id is built once per process. Only the newest version
// is matched against, so older entries are dropped instead of kept for the life of the process.
const indexByVersion = new Map<string, MatcherIndex>();

/**
 * The current evidence version and its matcher index, or null when no evidence is seeded. Which version
 * is current is read from the database on every call, so an evidence edit made on another instance is
 * used at once.
 */
export async function getCurrentMatcher(): Promise<CurrentMatcher | null> {
  const snapshot = await getCurrentEvidence();
  if (!snapshot) return null;
  let index = indexByVersion.get(snapshot.versionId);
  if (!index) {
    // toMatcherConditions leaves retired conditions out: nothing is ever suggested for them.
    index = buildMatcherIndex(toMatcherConditions(snapshot.content.conditions));
    indexByVersion.clear();
    indexByVersion.set(snapshot.versionId, index);
  }
  return { snapshot, index };
}

/** Match a complaint against the current matcher. */
export function matchWith(matcher: CurrentMatcher, complaint: string): MatchResult {
  return matchComplaint(matcher.index, complaint);
}
