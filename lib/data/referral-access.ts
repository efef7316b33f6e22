import "server-only";
import { requestIp } from "@/lib/auth/request-address";
import { storableText } from "@/lib/schemas/storable-text";
import { recordAudit } from "./audit";
import { getReferralForUser, type ReferralDetail, type ReferralViewer } from "./referrals";

export type ReferralReadAction = "referral.view" | "referral.print" | "referral.pdf" | "referral.fhir" | "referral.loop-fhir";

/**
 * Reads a referral for a page or route handler and writes its audit event: success for the owner (or an
 * admin), denied for anyone else, who then gets the same 404 as for an id that does not exist.
 */
export async function readReferralAudited(viewer: ReferralViewer, id: string, action: ReferralReadAction): Promise<ReferralDetail | null> {
  const detail = await getReferralForUser(viewer, id);
  await recordAudit({
    userId: viewer.id,
    action,
    resourceType: "referral",
    // Only ids: a probe with a long garbage "id" must not fill the audit log, nor crash the insert with a
    // NUL or a broken character from the URL ("%00").
    resourceId: storableText(id).slice(0, 64),
    outcome: detail ? "success" : "denied",
    ip: await requestIp(),
    ...(detail && viewer.role === "ADMIN" ? { detail: "admin read" } : {}),
  });
  return detail;
}
