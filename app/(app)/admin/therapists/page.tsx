import Link from "next/link";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";
import { recordAudit } from "@/lib/data/audit";
import { listTherapists } from "@/lib/data/therapists";
import { trainingLabels } from "@/lib/domain/referral-loop/training";
import { SimpleTable } from "@/components/ui/simple-table";

export const generateMetadata = adminPageMetadata("Therapists");
export const dynamic = "force-dynamic";

export default async function TherapistsPage() {
  const admin = await requireAdmin();
  const therapists = await listTherapists(admin);
  await recordAudit({ userId: admin.id, action: "therapist.list", resourceType: "therapist", outcome: "success", ip: await requestIp() });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Therapist directory</h1>
        <Link
          href="/admin/therapists/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Add therapist
        </Link>
      </div>
      <p className="max-w-prose text-slate-700">
        Clinicians choose from this list when they send a referral; those whose training fits the patient&apos;s precautions are offered
        first. A therapist gets an account by the invitation sent with their first referral.
      </p>
      <SimpleTable
        rows={therapists}
        rowKey={(t) => t.id}
        empty="No therapists yet."
        columns={[
          {
            heading: "Name",
            cell: (t) => (
              <>
                <Link href={`/admin/therapists/${t.id}`} className="font-medium text-brand-800 underline">
                  {t.name}
                </Link>
                {!t.active && <span className="ml-1 text-slate-700">(not listed)</span>}
                <div className="text-slate-700">{t.licence}</div>
              </>
            ),
          },
          { heading: "Practice", cell: (t) => t.practice },
          { heading: "Training", cell: (t) => t.training.map((tag) => trainingLabels[tag]).join(", ") || "—" },
          { heading: "Languages", cell: (t) => t.languages.join(", ") || "—" },
          { heading: "New patients", cell: (t) => (t.acceptingNewPatients ? "Accepting" : "Not accepting") },
          { heading: "Account", cell: (t) => (t.hasAccount ? "Signed up" : "Not yet") },
        ]}
      />
    </div>
  );
}
