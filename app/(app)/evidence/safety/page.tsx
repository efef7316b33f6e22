import Link from "next/link";
import { SafetyRuleList } from "@/components/evidence/safety-rule-list";
import { VersionNotice, withVersion } from "@/components/evidence/version-notice";
import { evidenceViewFor } from "../_lib/evidence-view";

export const metadata = { title: "Safety rules" };
export const dynamic = "force-dynamic";

export default async function SafetyRulesPage({ searchParams }: { searchParams: Promise<{ version?: string }> }) {
  const { view, versionId } = await evidenceViewFor(searchParams);
  return (
    <div className="space-y-4">
      <Link href={withVersion("/evidence", versionId)} className="text-sm text-brand-800 underline">
        ← Evidence library
      </Link>
      <h1 className="text-2xl font-semibold">Safety rules</h1>
      <VersionNotice versionNumber={view.snapshot.versionNumber} isCurrent={view.isCurrent} currentHref="/evidence/safety" />
      <p className="max-w-prose text-slate-700">
        Each intake finding below changes or defers a referral, whatever the condition. The intake checklist asks about every one.
      </p>
      <SafetyRuleList rules={view.snapshot.content.safetyRules} />
    </div>
  );
}
