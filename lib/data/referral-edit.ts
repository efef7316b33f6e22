import "server-only";
import { requestIp } from "@/lib/auth/request-address";
import { db } from "@/lib/db/client";
import { storableText } from "@/lib/schemas/storable-text";
import { recordAudit } from "./audit";
import { intakeFormValues, type ReferralEditStart } from "@/lib/domain/referral/edit-start";
import { amendableStatuses, doseFiguresSchema, overrideReasonCodes, type ReferralStatus } from "@/lib/schemas/referral";
import type { ReferralViewer } from "./referrals";

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * A saved referral reopened in the intake form: the owner's draft (kind "draft") or the owner's final or
 * sent referral to amend (kind "amend"); null for anything else, which the page answers with 404, so
 * ids cannot be probed. Admins never edit.
 */
export async function getReferralForEditing(viewer: ReferralViewer, id: string, kind: "draft" | "amend"): Promise<ReferralEditStart | null> {
  if (viewer.role !== "CLINICIAN" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const allowed: readonly ReferralStatus[] = kind === "draft" ? ["draft"] : amendableStatuses;
  const row = await db.referral.findFirst({ where: { id, clinicianId: viewer.id, status: { in: [...allowed] } } });
  if (!row) return null;
  const dose = doseFiguresSchema.safeParse(parseJson(row.finalDose));
  return {
    kind,
    id: row.id,
    createdAt: row.createdAt.toISOString().slice(0, 10),
    intake: intakeFormValues(parseJson(row.intake)),
    conditionSlug: row.conditionSlug,
    conditionName: row.conditionName,
    finalDose: dose.success ? dose.data : { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null },
    overrideReason: overrideReasonCodes.find((c) => c === row.overrideReason) ?? null,
    overrideNote: row.overrideNote ?? "",
    deferOverrideNote: row.deferOverrideNote ?? "",
  };
}

/** getReferralForEditing with its audit event: opening a referral in the form reads its PHI. */
export async function openReferralForEditing(viewer: ReferralViewer, id: string, kind: "draft" | "amend"): Promise<ReferralEditStart | null> {
  const start = await getReferralForEditing(viewer, id, kind);
  await recordAudit({
    userId: viewer.id,
    action: kind === "draft" ? "referral.edit-open" : "referral.amend-open",
    resourceType: "referral",
    resourceId: storableText(id).slice(0, 64),
    outcome: start ? "success" : "denied",
    ip: await requestIp(),
  });
  return start;
}
