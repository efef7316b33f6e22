import { csvDownload } from "@/app/(app)/_lib/csv-download";
import { getCurrentUser, hasFullAccess, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { auditEventBatches, type AuditRow } from "@/lib/data/audit-log";
import { auditDateProblem, auditFilterSchema, type AuditFilter } from "@/lib/schemas/audit-filter";

export const dynamic = "force-dynamic";

const HEADER = ["id", "at_utc", "user_id", "user_email", "action", "resource_type", "resource_id", "outcome", "ip", "detail"];

const cells = (r: AuditRow) => [
  r.id,
  r.at.toISOString(),
  r.userId,
  r.userEmail,
  r.action,
  r.resourceType,
  r.resourceId,
  r.outcome,
  r.ip,
  r.detail,
];

const describe = (f: AuditFilter): string =>
  `user=${f.userId ?? "*"} action=${f.action ?? "*"} from=${f.from ?? "*"} to=${f.to ?? "*"} order=${f.order}`;

/**
 * CSV of every event of the filter (admins only), streamed in keyset batches (csv-download.ts): nothing
 * is capped and memory holds one batch. Audited when it starts and when it ends, with the rows sent.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const ip = await requestIp();
  // Same answer for "not signed in" and "not an admin": the route does not reveal itself.
  if (!user || user.role !== "ADMIN" || !hasFullAccess(user)) {
    if (user) await recordAudit({ userId: user.id, action: "access.denied", outcome: "denied", ip, detail: "role.admin-required" });
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const dateProblem = auditDateProblem(params);
  // Exporting every date when the admin asked for some would hand out more than was asked for.
  if (dateProblem)
    return new Response(dateProblem, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const filter = auditFilterSchema.parse(params);
  const startedAt = new Date();
  await recordAudit({ userId: user.id, action: "audit.export", outcome: "success", ip, detail: `started ${describe(filter)}` });
  return csvDownload({
    filename: `massagerx-audit-${startedAt.toISOString().slice(0, 10)}-${filter.order}-first.csv`,
    header: HEADER,
    batches: auditEventBatches(user, filter, filter.order === "newest", startedAt),
    toCells: cells,
    onEnd: (how, rows) =>
      recordAudit({
        userId: user.id,
        action: "audit.export",
        outcome: how === "failed" ? "failure" : "success",
        ip,
        detail: `${how} rows=${rows} ${describe(filter)}`,
      }),
  });
}
