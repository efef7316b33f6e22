import { getCurrentUser, hasFullAccess } from "@/lib/auth/current-user";
import { getLoopForExport } from "@/lib/data/loop-follow-up";
import { readReferralAudited } from "@/lib/data/referral-access";
import { toFhirLoopBundle } from "@/lib/domain/loop-follow-up/fhir-bundle";
import { notFoundResponse, unauthorizedResponse } from "../../_lib/responses";

export const dynamic = "force-dynamic";

/**
 * The referral's whole loop as a FHIR R4 Bundle download: ServiceRequest, Task, a Procedure per session,
 * the scores as Observations and adverse events. Owner or admin only (both reads are scoped), audited
 * as referral.loop-fhir; anyone else gets the same 404 as for an id that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !hasFullAccess(user)) return unauthorizedResponse();
  const { id } = await params;
  const detail = await readReferralAudited(user, id, "referral.loop-fhir");
  if (!detail) return notFoundResponse();
  const exported = await getLoopForExport(user, detail.sheet.id);
  if (!exported) return notFoundResponse();
  const bundle = toFhirLoopBundle(detail.sheet, exported.loop, new Date().toISOString());
  return new Response(JSON.stringify(bundle, null, 2), {
    status: 200,
    headers: {
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="referral-${detail.sheet.id}-loop.fhir.json"`,
      "Cache-Control": "no-store",
    },
  });
}
