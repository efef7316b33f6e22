import Link from "next/link";
import { notFound } from "next/navigation";
import { ConditionDetail } from "@/components/evidence/condition-detail";
import { ClinicOutcomeLine } from "@/components/loop-follow-up/clinic-outcome-line";
import { requireUser } from "@/lib/auth/current-user";
import { getConditionOutcome } from "@/lib/data/loop-outcomes";
import { VersionNotice, withVersion } from "@/components/evidence/version-notice";
import { conditionView } from "@/lib/domain/evidence/condition-view";
import { evidenceViewFor } from "../_lib/evidence-view";

export const metadata = { title: "Condition evidence" };
export const dynamic = "force-dynamic";

export default async function ConditionEvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const [{ slug }, { view, versionId }] = await Promise.all([params, evidenceViewFor(searchParams)]);
  const condition = conditionView(view.snapshot.content, slug);
  if (!condition) notFound();
  const outcome = await getConditionOutcome(await requireUser(), slug);
  return (
    <div className="space-y-4">
      <Link href={withVersion("/evidence", versionId)} className="text-sm text-brand-800 underline">
        ← Evidence library
      </Link>
      <VersionNotice versionNumber={view.snapshot.versionNumber} isCurrent={view.isCurrent} currentHref={`/evidence/${slug}`} />
      <ClinicOutcomeLine summary={outcome} />
      <ConditionDetail view={condition} />
    </div>
  );
}
