import Link from "next/link";
import { TherapistForm } from "@/components/admin/lazy-forms";
import { requireAdmin } from "@/lib/auth/current-user";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("Add therapist");

export default async function NewTherapistPage() {
  await requireAdmin();
  return (
    <div className="space-y-4">
      <Link href="/admin/therapists" className="text-sm text-brand-800 underline">
        ← Therapists
      </Link>
      <h1 className="text-2xl font-semibold">Add therapist</h1>
      <TherapistForm />
    </div>
  );
}
