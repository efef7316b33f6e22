import Link from "next/link";
import { notFound } from "next/navigation";
import { ConditionDetail } from "@/components/evidence/condition-detail";
import { VersionNotice, withVersion } from "@/components/evidence/version-notice";
import { requireUser } from "@/lib/auth/current-user";
import { getEvidenceView } from "@/lib/data/evidence";
import { conditionView } from "@/lib/domain/evidence/condition-view";

export const metadata = { title: "Condition evidence" };
export const dynamic = "force-dynamic";

export default async function ConditionEvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  await requireUser();
  const [{ slug }, { version }] = await Promise.all([params, searchParams]);
  const view = await getEvidenceView(version);
  const condition = view ? conditionView(view.snapshot.content, slug) : null;
  if (!view || !condition) notFound();
  const versionId = view.isCurrent ? undefined : view.snapshot.versionId;
  return (
    <div className="space-y-4">
      <Link href={withVersion("/evidence", versionId)} className="text-sm text-brand-800 underline">
        ← Evidence library
      </Link>
      <VersionNotice versionNumber={view.snapshot.versionNumber} isCurrent={view.isCurrent} currentHref={`/evidence/${slug}`} />
      <ConditionDetail view={condition} />
    </div>
  );
}
