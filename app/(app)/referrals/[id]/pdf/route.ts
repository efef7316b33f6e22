import { renderReferralPdf } from "@/components/referral-sheet/referral-pdf";
import { getCurrentUser, hasFullAccess } from "@/lib/auth/current-user";
import { readReferralAudited } from "@/lib/data/referral-access";
import { referralCodeMark } from "@/lib/data/short-code";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { notFoundResponse, unauthorizedResponse } from "../../_lib/responses";

export const dynamic = "force-dynamic";
// react-pdf needs Node APIs (Buffer, zlib).
export const runtime = "nodejs";

/** The referral sheet as a PDF download. No patient name in the file name: file names end up on disks and in logs. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  // A user who must first change their password or set up two-step sign-in gets no PHI (requireUser would redirect).
  if (!user || !hasFullAccess(user)) return unauthorizedResponse();
  const { id } = await params;
  const detail = await readReferralAudited(user, id, "referral.pdf");
  if (!detail) return notFoundResponse();
  const sheet = buildReferralSheet(detail.sheet, new Date());
  const pdf = await renderReferralPdf(sheet, referralCodeMark(detail.shortCode));
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="referral-${detail.sheet.id}-${sheet.referralDate}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
