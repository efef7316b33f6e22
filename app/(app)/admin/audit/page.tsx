import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { requireAdmin } from "@/lib/auth/current-user";
import { listAuditActions, listAuditEvents } from "@/lib/data/audit-log";
import { listUserNames } from "@/lib/data/users";
import { auditFilterSchema, firstValues, type AuditFilter } from "@/lib/schemas/audit-filter";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("Audit log");

function query(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["userId", "action", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const filter = auditFilterSchema.parse(firstValues(await searchParams));
  const [{ rows, total, pages }, actions, users] = await Promise.all([listAuditEvents(filter), listAuditActions(), listUserNames()]);
  const exportHref = `/admin/audit/export${query(filter, 1)}`;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="max-w-prose text-sm text-slate-700">
        Every sign-in, access to patient records, change and denied access, in UTC. Entries cannot be changed or deleted.
      </p>
      <AuditFilterForm filter={filter} actions={actions} users={users} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-sm text-slate-700">
          {total} {total === 1 ? "event" : "events"} · page {Math.min(filter.page, pages)} of {pages}
        </p>
        <a href={exportHref} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50">
          Download CSV
        </a>
      </div>
      <AdminTable caption="Audit events, newest first" headings={["Time (UTC)", "User", "Action", "Resource", "Outcome", "IP", "Detail"]}>
        {rows.map((r) => (
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
        {filter.page > 1 && (
          <Link href={`/admin/audit${query(filter, filter.page - 1)}`} className="rounded-md border border-slate-400 px-3 py-1.5 text-sm">
            Newer
          </Link>
        )}
        {filter.page < pages && (
          <Link href={`/admin/audit${query(filter, filter.page + 1)}`} className="rounded-md border border-slate-400 px-3 py-1.5 text-sm">
            Older
          </Link>
        )}
      </nav>
    </div>
  );
}
