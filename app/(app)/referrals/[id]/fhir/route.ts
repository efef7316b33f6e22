import { getCurrentUser, hasFullAccess } from "@/lib/auth/current-user";
import { readReferralAudited } from "@/lib/data/referral-access";
import { toFhirServiceRequest } from "@/lib/domain/referral/fhir";
import { notFoundResponse, unauthorizedResponse } from "../../_lib/responses";

export const dynamic = "force-dynamic";

/** The referral as a FHIR R4 ServiceRequest (contained Patient and Practitioner), as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  // A user who must first change their password or set up two-step sign-in gets no PHI (requireUser would redirect).
  if (!user || !hasFullAccess(user)) return unauthorizedResponse();
  const { id } = await params;
  const detail = await readReferralAudited(user, id, "referral.fhir");
  if (!detail) return notFoundResponse();
  const resource = toFhirServiceRequest(detail.sheet);
  return new Response(JSON.stringify(resource, null, 2), {
    status: 200,
    headers: {
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="referral-${detail.sheet.id}.fhir.json"`,
      "Cache-Control": "no-store",
    },
  });
}
