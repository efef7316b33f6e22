import Link from "next/link";
import { ConditionTable } from "@/components/evidence/condition-table";
import { VersionNotice, withVersion } from "@/components/evidence/version-notice";
import { evidenceViewFor } from "./_lib/evidence-view";

export const metadata = { title: "Evidence library" };
// The current version is asked of the database on every request, so a new version shows at once.
export const dynamic = "force-dynamic";

export default async function EvidencePage({ searchParams }: { searchParams: Promise<{ version?: string }> }) {
  const { view, versionId } = await evidenceViewFor(searchParams);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Evidence library</h1>
      <VersionNotice versionNumber={view.snapshot.versionNumber} isCurrent={view.isCurrent} currentHref="/evidence" />
      <p className="max-w-prose text-slate-700">
        The conditions MassageRx can suggest a massage-therapy dose for. Open one to see the dose, how certain the evidence is and every
        study it rests on.{" "}
        <Link href={withVersion("/evidence/safety", versionId)} className="text-brand-800 underline">
          Safety rules
        </Link>{" "}
        list when to defer, avoid an area or modify the massage.
      </p>
      <ConditionTable content={view.snapshot.content} versionId={versionId} />
    </div>
  );
}
