import Link from "next/link";
import { notFound } from "next/navigation";
import { SafetyRuleList } from "@/components/evidence/safety-rule-list";
import { VersionNotice, withVersion } from "@/components/evidence/version-notice";
import { requireUser } from "@/lib/auth/current-user";
import { getEvidenceView } from "@/lib/data/evidence";

export const metadata = { title: "Safety rules" };
export const dynamic = "force-dynamic";

export default async function SafetyRulesPage({ searchParams }: { searchParams: Promise<{ version?: string }> }) {
  await requireUser();
  const { version } = await searchParams;
  const view = await getEvidenceView(version);
  if (!view) notFound();
  const versionId = view.isCurrent ? undefined : view.snapshot.versionId;
  return (
    <div className="space-y-4">
      <Link href={withVersion("/evidence", versionId)} className="text-sm text-brand-800 underline">
        ← Evidence library
      </Link>
      <h1 className="text-2xl font-semibold">Safety rules</h1>
      <VersionNotice versionNumber={view.snapshot.versionNumber} isCurrent={view.isCurrent} currentHref="/evidence/safety" />
      <p className="max-w-prose text-slate-700">
        Each intake finding below changes or defers a referral, whatever the condition. The intake checklist asks about
        every one.
      </p>
      <SafetyRuleList rules={view.snapshot.content.safetyRules} />
    </div>
  );
}
