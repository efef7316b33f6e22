import type { MatcherCondition } from "./types";

/** The fields of an evidence condition the matcher reads (structural, so the domain imports no schema). */
export interface EvidenceConditionLike extends MatcherCondition {
  retired?: boolean;
}

/** Live conditions of an evidence version, as the matcher needs them. Retired ones are not matched. */
export function toMatcherConditions(conditions: readonly EvidenceConditionLike[]): MatcherCondition[] {
  return conditions
    .filter((c) => !c.retired)
    .map((c) => ({
      slug: c.slug,
      name: c.name,
      phrases: [...c.phrases],
      exclusions: c.exclusions.map((e) => ({ phrase: e.phrase, reason: e.reason })),
      bodyRegion: c.bodyRegion,
      ...(c.evidenceDuration ? { evidenceDuration: c.evidenceDuration } : {}),
      ...(c.evidenceAges ? { evidenceAges: c.evidenceAges } : {}),
    }));
}
