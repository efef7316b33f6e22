import Link from "next/link";
import { CreateUserForm } from "@/components/admin/lazy-forms";
import { requireAdmin } from "@/lib/auth/current-user";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("New account");

export default async function NewUserPage() {
  await requireAdmin();
  return (
    <div className="space-y-4">
      <Link href="/admin/users" className="text-sm text-brand-800 underline">
        ← Users
      </Link>
      <h1 className="text-2xl font-semibold">New account</h1>
      <CreateUserForm />
    </div>
  );
}
