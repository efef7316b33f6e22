import Link from "next/link";
import { VersionHistory } from "@/components/evidence/admin/version-history";
import { requireAdmin } from "@/lib/auth/current-user";
import { listVersions } from "@/lib/data/evidence";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("Evidence version history");
export const dynamic = "force-dynamic";

export default async function EvidenceHistoryPage() {
  await requireAdmin();
  const versions = await listVersions();
  return (
    <div className="space-y-4">
      <Link href="/admin/evidence" className="text-sm text-brand-800 underline">
        ← Curate evidence
      </Link>
      <h1 className="text-2xl font-semibold">Evidence version history</h1>
      <VersionHistory versions={versions} />
    </div>
  );
}
