import { csvDownload } from "@/app/(app)/_lib/csv-download";
import { getCurrentUser, hasFullAccess, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { referralBatches, type ReferralListItem } from "@/lib/data/referral-list";
import { openSearch } from "@/lib/data/referral-search-token";
import { referralStatuses } from "@/lib/schemas/labels/referral";
import { notFoundResponse } from "../_lib/responses";

export const dynamic = "force-dynamic";

const HEADER = ["referral_id", "created_utc", "status", "patient_name", "date_of_birth", "condition", "icd10", "dose"];

const cells = (r: ReferralListItem) => [r.id, r.createdAt, r.status, r.patientName, r.patientDob, r.conditionName, r.icd10Code, r.doseLine];

/**
 * CSV of the signed-in clinician's own referrals, with the list's search (its sealed token, `s`) and
 * status, streamed in keyset batches. Clinicians only: an admin's bulk export of every patient is not
 * offered. The export is a PHI read and is audited with its row count, never the search text.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const ip = await requestIp();
  if (!user || user.role !== "CLINICIAN" || !hasFullAccess(user)) {
    if (user)
      await recordAudit({ userId: user.id, action: "access.denied", outcome: "denied", ip, detail: "referral.export clinician-only" });
    return notFoundResponse();
  }
  const params = new URL(request.url).searchParams;
  const token = params.get("s");
  const query = token ? openSearch(user.id, token) : "";
  if (query === null) {
    return new Response("This search has expired. Search again, then download.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const status = referralStatuses.find((s) => s === params.get("status"));
  const filter = `search=${query ? "yes" : "no"} status=${status ?? "all"}`;
  await recordAudit({
    userId: user.id,
    action: "referral.export",
    resourceType: "referral",
    outcome: "success",
    ip,
    detail: `started ${filter}`,
  });
  return csvDownload({
    filename: `massagerx-referrals-${new Date().toISOString().slice(0, 10)}.csv`,
    header: HEADER,
    batches: referralBatches(user, { query, status }),
    toCells: cells,
    onEnd: (how, rows) =>
      recordAudit({
        userId: user.id,
        action: "referral.export",
        resourceType: "referral",
        outcome: how === "failed" ? "failure" : "success",
        ip,
        detail: `${how} rows=${rows} ${filter}`,
      }),
  });
}
