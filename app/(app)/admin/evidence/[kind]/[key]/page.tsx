import Link from "next/link";
import { notFound } from "next/navigation";
import { ConditionForm, RecommendationForm, SafetyRuleForm, StudyForm } from "@/components/evidence/admin/lazy-forms";
import { requireAdmin } from "@/lib/auth/current-user";
import { getCurrentEvidence } from "@/lib/data/evidence";
import { studyShortLabel } from "@/lib/domain/evidence/citation";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("Edit evidence");
export const dynamic = "force-dynamic";

/** "new" creates; any other key edits that item of the current version. */
function editor(kind: string, key: string | null, snapshot: EvidenceSnapshot): { title: string; form: React.ReactNode } | null {
  const { content, versionId } = snapshot;
  const find = <T,>(items: T[], keyOf: (item: T) => string) => (key === null ? null : (items.find((i) => keyOf(i) === key) ?? undefined));
  switch (kind) {
    case "conditions": {
      const original = find(content.conditions, (c) => c.slug);
      if (original === undefined) return null;
      return {
        title: original ? `Edit condition: ${original.name}` : "Add condition",
        form: <ConditionForm baseVersionId={versionId} original={original} />,
      };
    }
    case "studies": {
      const original = find(content.studies, (s) => s.id);
      if (original === undefined) return null;
      return {
        title: original ? `Edit study: ${studyShortLabel(original)}` : "Add study",
        form: <StudyForm baseVersionId={versionId} original={original} />,
      };
    }
    case "recommendations": {
      const original = find(content.recommendations, (r) => r.id);
      if (original === undefined) return null;
      const conditions = content.conditions.map((c) => ({ value: c.slug, label: c.name + (c.retired ? " (retired)" : "") }));
      const studies = content.studies.map((s) => ({
        value: s.id,
        label: `${studyShortLabel(s)} · ${s.design}${s.retired ? " (retired)" : ""}`,
      }));
      return {
        title: original ? `Edit recommendation: ${original.id}` : "Add recommendation",
        form: <RecommendationForm baseVersionId={versionId} original={original} conditions={conditions} studies={studies} />,
      };
    }
    case "safety-rules": {
      const original = find(content.safetyRules, (r) => r.code);
      if (original === undefined) return null;
      return {
        title: original ? `Edit safety rule: ${original.label}` : "Add safety rule",
        form: <SafetyRuleForm baseVersionId={versionId} original={original} />,
      };
    }
    default:
      return null;
  }
}

export default async function EditEvidencePage({ params }: { params: Promise<{ kind: string; key: string }> }) {
  await requireAdmin();
  const [{ kind, key }, current] = await Promise.all([params, getCurrentEvidence()]);
  if (!current) notFound();
  const page = editor(kind, key === "new" ? null : key, current);
  if (!page) notFound();
  return (
    <div className="space-y-4">
      <Link href="/admin/evidence" className="text-sm text-brand-800 underline">
        ← Curate evidence
      </Link>
      <h1 className="text-2xl font-semibold">{page.title}</h1>
      <p className="text-sm text-slate-700">Editing evidence version {current.versionNumber}.</p>
      {page.form}
    </div>
  );
}
