import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { requireAdmin } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/data/users";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("Users");

export default async function UsersPage() {
  const admin = await requireAdmin();
  const users = await listUsers(admin);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Users</h1>
        <Link href="/admin/users/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          New account
        </Link>
      </div>
      <AdminTable caption="Accounts" headings={["Name", "Email", "Role", "Clinic", "Status", "Open sessions"]}>
        {users.map((u) => (
          <tr key={u.id} className="border-t border-slate-200">
            <td className="px-3 py-2">
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-800 underline">
                {u.name}
                {u.credentials ? `, ${u.credentials}` : ""}
              </Link>
            </td>
            <td className="px-3 py-2">{u.email}</td>
            <td className="px-3 py-2">{u.role === "ADMIN" ? "Admin" : "Clinician"}</td>
            <td className="px-3 py-2">{u.clinicName}</td>
            <td className="px-3 py-2">
              {u.active ? "Active" : <span className="font-semibold text-red-800">Disabled</span>}
              {u.mustChangePassword ? " · must change password" : ""}
            </td>
            <td className="px-3 py-2">{u.openSessions}</td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
