import "server-only";
import { db } from "@/lib/db/client";
import { qrDrawing, type QrDrawing } from "@/lib/domain/referral-loop/qr-code";
import { normaliseShortCode, shortCodePath } from "@/lib/domain/referral-loop/short-code";
import { appBaseUrl } from "./mailer";
import type { ReferralViewer } from "./referrals";
import { dispatchForShortCode } from "./therapist-referrals";

/** Where a printed short code (or its QR code) takes the signed-in viewer; null = "not found". */
export type ShortCodeTarget = { path: string; referralId: string | null; dispatchId: string | null };

/**
 * Opens a referral by its short code, only for those who already may see it: the therapist it was sent
 * to (their referral page) or the referring clinician (the referral's page). For anyone else — another
 * clinician, another therapist, an admin — the answer is the same null as for a code that does not exist,
 * so the code alone reveals nothing, not even that it exists.
 */
export async function openShortCode(viewer: ReferralViewer, typed: string): Promise<ShortCodeTarget | null> {
  const code = normaliseShortCode(typed);
  if (!code) return null;
  if (viewer.role === "THERAPIST") {
    const dispatchId = await dispatchForShortCode(viewer, code);
    return dispatchId ? { path: `/therapist/referrals/${dispatchId}`, referralId: null, dispatchId } : null;
  }
  if (viewer.role !== "CLINICIAN") return null;
  const referral = await db.referral.findFirst({ where: { shortCode: code, clinicianId: viewer.id }, select: { id: true } });
  return referral ? { path: `/referrals/${referral.id}`, referralId: referral.id, dispatchId: null } : null;
}

/** What the printed sheet carries once the referral has a code: the code, where it leads, and its QR drawing. */
export interface ReferralCodeMark {
  code: string;
  url: string;
  qr: QrDrawing;
}

/** The sheet's code mark (absolute URL: the QR code is scanned by a phone), or null before the first send. */
export function referralCodeMark(shortCode: string | null): ReferralCodeMark | null {
  if (!shortCode) return null;
  const url = `${appBaseUrl()}${shortCodePath(shortCode)}`;
  return { code: shortCode, url, qr: qrDrawing(url) };
}
