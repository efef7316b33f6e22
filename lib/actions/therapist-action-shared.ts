import "server-only";
import { requestIp, type SessionUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import type { LoopWriteOutcome } from "@/lib/data/therapist-referrals";
import { fail, ok, type ActionResult } from "./action-result";

/** Audits one therapist write on a dispatch and turns its outcome into the action's result. */
export async function finishLoopWrite<T>(
  user: SessionUser,
  action: string,
  dispatchId: string,
  outcome: LoopWriteOutcome<T>,
  detail?: string,
): Promise<ActionResult<T>> {
  await recordAudit({
    userId: user.id,
    action,
    resourceType: "dispatch",
    resourceId: dispatchId,
    outcome: outcome.ok ? "success" : outcome.reason === "not-found" ? "denied" : "failure",
    ip: await requestIp(),
    ...(detail || !outcome.ok ? { detail: outcome.ok ? detail : `refused=${outcome.reason}` } : {}),
  });
  if (outcome.ok) return ok(outcome.data);
  return fail(outcome.reason === "not-found" ? "Referral not found" : (outcome.message ?? "This change is not possible now"));
}
