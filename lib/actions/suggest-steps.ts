import "server-only";
import { requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { getCurrentMatcher, matchWith } from "@/lib/data/matcher-cache";
import type { MatchResult } from "@/lib/domain/matcher";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";

/**
 * Steps 3 and 6 shared by the two suggestion actions (authentication and validation stay in each action
 * so none can exist without them).
 */

/** The current evidence version and the complaint matched against it; null when no evidence is loaded. */
export async function matchCurrentEvidence(complaint: string): Promise<{ snapshot: EvidenceSnapshot; match: MatchResult } | null> {
  const matcher = await getCurrentMatcher();
  if (!matcher) return null;
  return { snapshot: matcher.snapshot, match: matchWith(matcher, complaint) };
}

/** The audit event of a suggestion: ids and counts only, never the complaint (it is PHI). */
export async function auditSuggestion(userId: string, snapshot: EvidenceSnapshot, detail: string): Promise<void> {
  await recordAudit({
    userId,
    action: "referral.suggest",
    resourceType: "evidenceVersion",
    resourceId: snapshot.versionId,
    outcome: "success",
    ip: await requestIp(),
    detail,
  });
}
