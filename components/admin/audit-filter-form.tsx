import type { AuditFilter } from "@/lib/schemas/audit-filter";

const field = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";
const label = "block text-sm font-medium text-slate-800";

/**
 * A plain GET search form: filtering reads, never writes, and works without JavaScript; the filters
 * end up in the URL so a filtered view can be bookmarked and exported.
 */
export function AuditFilterForm({
  filter,
  actions,
  users,
}: {
  filter: AuditFilter;
  actions: string[];
  users: { id: string; name: string; email: string }[];
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter the audit log"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5"
    >
      <div>
        <label htmlFor="audit-user" className={label}>
          User
        </label>
        <select id="audit-user" name="userId" defaultValue={filter.userId ?? ""} className={field}>
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className={label}>
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={field}>
          <option value="">Any</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className={label}>
          From (UTC day)
        </label>
        <input id="audit-from" type="date" name="from" defaultValue={filter.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="audit-to" className={label}>
          To (UTC day)
        </label>
        <input id="audit-to" type="date" name="to" defaultValue={filter.to ?? ""} className={field} />
      </div>
      <div className="flex items-end">
        <button type="submit" className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Filter
        </button>
      </div>
    </form>
  );
}
