import Link from "next/link";
import { notFound } from "next/navigation";
import { TherapistForm } from "@/components/admin/lazy-forms";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";
import { recordAudit } from "@/lib/data/audit";
import { getTherapist } from "@/lib/data/therapists";

export const generateMetadata = adminPageMetadata("Edit therapist");
export const dynamic = "force-dynamic";

export default async function EditTherapistPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin();
  const { id } = await params;
  const t = await getTherapist(admin, id);
  await recordAudit({
    userId: admin.id,
    action: "therapist.view",
    resourceType: "therapist",
    resourceId: id.slice(0, 64),
    outcome: t ? "success" : "failure",
    ip: await requestIp(),
  });
  if (!t) notFound();
  return (
    <div className="space-y-4">
      <Link href="/admin/therapists" className="text-sm text-brand-800 underline">
        ← Therapists
      </Link>
      <h1 className="text-2xl font-semibold">Edit {t.name}</h1>
      <p className="text-sm text-slate-700">
        {t.hasAccount ? "Has a therapist account." : "No account yet: the first referral sent invites them."}
      </p>
      <TherapistForm
        id={t.id}
        initial={{
          name: t.name,
          practice: t.practice,
          address: t.address,
          phone: t.phone,
          email: t.email,
          licence: t.licence,
          training: t.training,
          languages: t.languages.join(", "),
          acceptingNewPatients: t.acceptingNewPatients,
          active: t.active,
        }}
      />
    </div>
  );
}
