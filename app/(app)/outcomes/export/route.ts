import { getCurrentUser, hasFullAccess, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { listOutcomeSummaries } from "@/lib/data/loop-outcomes";
import { csvLine } from "@/lib/domain/audit/csv";
import { OUTCOME_CSV_HEADER, outcomeCsvCells } from "@/lib/domain/outcomes/outcome-words";
import { notFoundResponse } from "../../referrals/_lib/responses";

export const dynamic = "force-dynamic";

/** The outcomes table as CSV: aggregates per condition and dose, no patient rows. Clinicians and admins. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !hasFullAccess(user) || (user.role !== "CLINICIAN" && user.role !== "ADMIN")) return notFoundResponse();
  const scope = new URL(request.url).searchParams.get("scope") === "mine" ? "mine" : "clinic";
  const summaries = await listOutcomeSummaries(user, scope);
  await recordAudit({
    userId: user.id,
    action: "outcomes.export",
    outcome: "success",
    ip: await requestIp(),
    detail: `scope=${scope} rows=${summaries.length}`,
  });
  const body = [csvLine(OUTCOME_CSV_HEADER), ...summaries.map((s) => csvLine(outcomeCsvCells(s)))].join("");
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="massagerx-outcomes-${scope}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
