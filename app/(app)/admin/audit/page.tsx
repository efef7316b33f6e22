import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { requireAdmin } from "@/lib/auth/current-user";
import { listAuditActions, listAuditEvents } from "@/lib/data/audit-log";
import { listUserNames } from "@/lib/data/users";
import { describeRowCount } from "@/lib/domain/listing/row-count";
import { auditDateProblem, auditFilterSchema, firstValues, type AuditFilter } from "@/lib/schemas/audit-filter";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("Audit log");

/** The filter as a query string, plus a page position or an export order. */
function query(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["userId", "action", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

const button = "rounded-md border border-slate-400 px-3 py-1.5 text-sm";
const download = "rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireAdmin();
  const params = firstValues(await searchParams);
  const filter = auditFilterSchema.parse(params);
  const dateProblem = auditDateProblem(params);
  const [page, actions, users] = await Promise.all([listAuditEvents(admin, filter), listAuditActions(admin), listUserNames(admin)]);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="max-w-prose text-sm text-slate-700">
        Every sign-in, access to patient records, change and denied access, in UTC. Entries cannot be changed or deleted.
      </p>
      {dateProblem && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {dateProblem} That date was not applied.
        </p>
      )}
      <AuditFilterForm filter={filter} actions={actions} users={users} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-sm text-slate-700">
          {describeRowCount(page.count, "event", "events")}
          {filter.before || filter.after ? " · showing a page further back; new events appear on the newest page" : ""}
        </p>
        <div className="flex flex-wrap gap-2">
          <a href={`/admin/audit/export${query(filter)}`} className={download}>
            Download CSV (newest first)
          </a>
          <a href={`/admin/audit/export${query(filter, { order: "oldest" })}`} className={download}>
            Download CSV (oldest first)
          </a>
        </div>
      </div>
      <AdminTable caption="Audit events, newest first" headings={["Time (UTC)", "User", "Action", "Resource", "Outcome", "IP", "Detail"]}>
        {page.rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-200 align-top">
            <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{r.at.toISOString().replace("T", " ").slice(0, 19)}</td>
            <td className="px-3 py-2">{r.userEmail ?? r.userId ?? "—"}</td>
            <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
            <td className="px-3 py-2 font-mono text-xs">{r.resourceType ? `${r.resourceType}:${r.resourceId ?? ""}` : "—"}</td>
            <td className={r.outcome === "success" ? "px-3 py-2" : "px-3 py-2 font-semibold text-red-800"}>{r.outcome}</td>
            <td className="px-3 py-2 font-mono text-xs">{r.ip ?? ""}</td>
            <td className="px-3 py-2 text-xs">{r.detail ?? ""}</td>
          </tr>
        ))}
      </AdminTable>
      <nav aria-label="Audit log pages" className="flex gap-2">
        {page.newer && (
          <Link href={`/admin/audit${query(filter, { after: page.newer })}`} className={button}>
            Newer
          </Link>
        )}
        {page.older && (
          <Link href={`/admin/audit${query(filter, { before: page.older })}`} className={button}>
            Older
          </Link>
        )}
      </nav>
    </div>
  );
}
