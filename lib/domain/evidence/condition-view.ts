import type { Condition, EvidenceContent, Recommendation, Study } from "@/lib/schemas/evidence";

/** One recommendation with the studies it cites, in the order it cites them. */
export interface RecommendationWithStudies {
  recommendation: Recommendation;
  studies: Study[];
  /** Cited ids with no study in this version (should not happen; shown rather than hidden). */
  missingStudyIds: string[];
}

export interface ConditionView {
  condition: Condition;
  recommendations: RecommendationWithStudies[];
}

/** The active recommendations of a condition, each with the studies it rests on. */
export function recommendationsFor(content: EvidenceContent, slug: string): RecommendationWithStudies[] {
  const studies = new Map(content.studies.map((s) => [s.id, s]));
  return content.recommendations
    .filter((r) => r.conditionSlug === slug && !r.retired)
    .map((recommendation) => ({
      recommendation,
      studies: recommendation.studyIds.flatMap((id) => studies.get(id) ?? []),
      missingStudyIds: recommendation.studyIds.filter((id) => !studies.has(id)),
    }));
}

/** Everything the condition page shows, or null when the slug is not in this version. */
export function conditionView(content: EvidenceContent, slug: string): ConditionView | null {
  const condition = content.conditions.find((c) => c.slug === slug);
  return condition ? { condition, recommendations: recommendationsFor(content, slug) } : null;
}
