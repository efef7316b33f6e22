import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { auditEventBatches, type AuditRow } from "@/lib/data/audit-log";
import { csvLine } from "@/lib/domain/audit/csv";
import { auditFilterSchema, type AuditFilter } from "@/lib/schemas/audit-filter";

export const dynamic = "force-dynamic";

const HEADER = ["id", "at_utc", "user_id", "user_email", "action", "resource_type", "resource_id", "outcome", "ip", "detail"];

const toLine = (r: AuditRow): string =>
  csvLine([r.id, r.at.toISOString(), r.userId, r.userEmail, r.action, r.resourceType, r.resourceId, r.outcome, r.ip, r.detail]);

const describe = (f: AuditFilter): string =>
  `user=${f.userId ?? "*"} action=${f.action ?? "*"} from=${f.from ?? "*"} to=${f.to ?? "*"} order=${f.order}`;

/**
 * CSV of every event of the filter (admins only), streamed: the response is a ReadableStream that
 * reads one keyset batch each time the client is ready for more, so memory holds one batch whatever
 * the size of the trail, and nothing is capped. The export is audited when it starts and when it ends
 * (with the number of rows sent, or "aborted" if the download was cancelled).
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const ip = await requestIp();
  // Same answer for "not signed in" and "not an admin": the route does not reveal itself.
  if (!user || user.role !== "ADMIN" || user.mustChangePassword) {
    if (user) await recordAudit({ userId: user.id, action: "access.denied", outcome: "denied", ip, detail: "role.admin-required" });
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const startedAt = new Date();
  await recordAudit({ userId: user.id, action: "audit.export", outcome: "success", ip, detail: `started ${describe(filter)}` });

  const batches = auditEventBatches(filter, filter.order === "newest", startedAt);
  const encoder = new TextEncoder();
  let sent = 0;
  const finish = (outcome: "success" | "failure", how: string) =>
    recordAudit({ userId: user.id, action: "audit.export", outcome, ip, detail: `${how} rows=${sent} ${describe(filter)}` });

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(HEADER)));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          await finish("success", "finished");
          controller.close();
          return;
        }
        sent += next.value.length;
        controller.enqueue(encoder.encode(next.value.map(toLine).join("")));
      } catch (error) {
        await finish("failure", "failed").catch(() => undefined);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
      await finish("success", "aborted");
    },
  });
  const stamp = startedAt.toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="massagerx-audit-${stamp}-${filter.order}-first.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
