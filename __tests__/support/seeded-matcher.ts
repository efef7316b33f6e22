import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatcherIndex } from "@/lib/domain/matcher";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/** The seeded evidence's matcher, at a fixed "now", for tests that state what a complaint matches. */
export const MATCH_NOW = new Date("2026-06-01T00:00:00Z");
export const seededMatcherIndex: MatcherIndex = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));

/** The confidence of one condition for a complaint, or "none" when it is not a candidate. */
export const confidenceFor = (text: string, slug: string): string =>
  matchComplaint(seededMatcherIndex, text, { now: MATCH_NOW }).candidates.find((c) => c.slug === slug)?.confidence ?? "none";

/** The best candidate's slug, or "none". */
export const topSlug = (text: string): string => matchComplaint(seededMatcherIndex, text, { now: MATCH_NOW }).candidates[0]?.slug ?? "none";
