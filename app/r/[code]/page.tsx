import { notFound, redirect } from "next/navigation";
import { CHANGE_PASSWORD_PATH, getCurrentUser, requestIp, TWO_STEP_SETUP_PATH } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { openShortCode } from "@/lib/data/short-code";
import { normaliseShortCode, shortCodePath } from "@/lib/domain/referral-loop/short-code";

export const dynamic = "force-dynamic";
export const metadata = { title: "Open referral" };

/**
 * The QR code / short code on a printed sheet. Sign-in comes first (then back here: the code is not PHI);
 * then it opens the referral for its assigned therapist or its clinician, and is "not found" for anyone
 * else exactly as for an unknown code. Every attempt is audited, with the code (never the raw URL text).
 * Outside the signed-in layout: this page only redirects.
 */
export default async function OpenByShortCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const normalised = normaliseShortCode(code);
  const user = await getCurrentUser();
  if (!user) redirect(normalised ? `/login?next=${encodeURIComponent(shortCodePath(normalised))}` : "/login");
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  // The clinic's policy requires a second factor this account has not set up: it opens nothing yet.
  if (user.mustEnrolTwoStep) redirect(TWO_STEP_SETUP_PATH);
  const target = await openShortCode(user, code);
  await recordAudit({
    userId: user.id,
    action: "referral.short-code-open",
    resourceType: target?.dispatchId ? "dispatch" : "referral",
    ...(target ? { resourceId: target.dispatchId ?? target.referralId ?? undefined } : {}),
    outcome: target ? "success" : "denied",
    ip: await requestIp(),
    detail: `code=${normalised ?? "malformed"}`,
  });
  if (!target) notFound();
  redirect(target.path);
}
