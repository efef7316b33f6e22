import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { auditEventsForExport } from "@/lib/data/audit-log";
import { csvLine } from "@/lib/domain/audit/csv";
import { auditFilterSchema } from "@/lib/schemas/audit-filter";

export const dynamic = "force-dynamic";

const HEADER = ["id", "at_utc", "user_id", "user_email", "action", "resource_type", "resource_id", "outcome", "ip", "detail"];

/** CSV of the filtered audit trail. Admins only; the export itself is audited. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const ip = await requestIp();
  // Same answer for "not signed in" and "not an admin": the route does not reveal itself.
  if (!user || user.role !== "ADMIN" || user.mustChangePassword) {
    if (user) await recordAudit({ userId: user.id, action: "access.denied", outcome: "denied", ip, detail: "role.admin-required" });
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filter = auditFilterSchema.parse(params);
  const rows = await auditEventsForExport(filter);
  await recordAudit({
    userId: user.id,
    action: "audit.export",
    outcome: "success",
    ip,
    detail: `rows=${rows.length} user=${filter.userId ?? "*"} action=${filter.action ?? "*"} from=${filter.from ?? "*"} to=${filter.to ?? "*"}`,
  });
  const body =
    csvLine(HEADER) +
    rows
      .map((r) => csvLine([r.id, r.at.toISOString(), r.userId, r.userEmail, r.action, r.resourceType, r.resourceId, r.outcome, r.ip, r.detail]))
      .join("");
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="massagerx-audit-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
