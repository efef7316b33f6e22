import Link from "next/link";
import { CurationOverview } from "@/components/evidence/admin/curation-overview";
import { requireAdmin } from "@/lib/auth/current-user";
import { getCurrentEvidence } from "@/lib/data/evidence";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("Curate evidence");
export const dynamic = "force-dynamic";

export default async function CurateEvidencePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireAdmin();
  const [{ saved }, current] = await Promise.all([searchParams, getCurrentEvidence()]);
  // Only a number is echoed back, never free text from the URL.
  const savedNumber = saved && /^\d{1,9}$/.test(saved) ? Number(saved) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Curate evidence</h1>
      {savedNumber !== null && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          Saved as evidence version {savedNumber}.
        </p>
      )}
      {current ? (
        <>
          <p className="text-slate-700">
            Current version: {current.versionNumber}. Every change needs a reason and makes a new version; nothing is overwritten.{" "}
            <Link href="/admin/evidence/history" className="text-brand-800 underline">
              Version history and restore
            </Link>
          </p>
          <CurationOverview content={current.content} />
        </>
      ) : (
        <p className="text-slate-800">There is no evidence base yet. Run the seed (npm run db:seed-evidence).</p>
      )}
    </div>
  );
}
