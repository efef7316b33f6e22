import Link from "next/link";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";
import { recordAudit } from "@/lib/data/audit";
import { listTherapists } from "@/lib/data/therapists";
import { trainingLabels } from "@/lib/domain/referral-loop/training";

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
      {therapists.length === 0 ? (
        <p className="text-slate-700">No therapists yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                Name
              </th>
              <th scope="col" className="p-2">
                Practice
              </th>
              <th scope="col" className="p-2">
                Training
              </th>
              <th scope="col" className="p-2">
                Languages
              </th>
              <th scope="col" className="p-2">
                New patients
              </th>
              <th scope="col" className="p-2">
                Account
              </th>
            </tr>
          </thead>
          <tbody>
            {therapists.map((t) => (
              <tr key={t.id} className="border-b border-slate-200 align-top">
                <td className="p-2">
                  <Link href={`/admin/therapists/${t.id}`} className="font-medium text-brand-800 underline">
                    {t.name}
                  </Link>
                  {!t.active && <span className="ml-1 text-slate-700">(not listed)</span>}
                  <div className="text-slate-700">{t.licence}</div>
                </td>
                <td className="p-2">{t.practice}</td>
                <td className="p-2">{t.training.map((tag) => trainingLabels[tag]).join(", ") || "—"}</td>
                <td className="p-2">{t.languages.join(", ") || "—"}</td>
                <td className="p-2">{t.acceptingNewPatients ? "Accepting" : "Not accepting"}</td>
                <td className="p-2">{t.hasAccount ? "Signed up" : "Not yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
