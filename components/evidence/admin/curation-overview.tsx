import Link from "next/link";
import { studyShortLabel } from "@/lib/domain/evidence/citation";
import type { EvidenceContent } from "@/lib/schemas/evidence";

interface Row {
  key: string;
  label: string;
  retired: boolean;
}

/** Every item of the current version by kind, each with an edit link, plus "add" per kind. */
export function CurationOverview({ content }: { content: EvidenceContent }) {
  const conditionNames = new Map(content.conditions.map((c) => [c.slug, c.name]));
  const sections: { kind: string; title: string; noun: string; rows: Row[] }[] = [
    {
      kind: "conditions",
      title: "Conditions",
      noun: "condition",
      rows: content.conditions.map((c) => ({ key: c.slug, label: c.name, retired: c.retired })),
    },
    {
      kind: "recommendations",
      title: "Recommendations",
      noun: "recommendation",
      rows: content.recommendations.map((r) => ({
        key: r.id,
        label: `${conditionNames.get(r.conditionSlug) ?? r.conditionSlug}: ${r.modality}`,
        retired: r.retired,
      })),
    },
    {
      kind: "studies",
      title: "Studies",
      noun: "study",
      rows: content.studies.map((s) => ({ key: s.id, label: `${studyShortLabel(s)} (${s.design})`, retired: s.retired })),
    },
    {
      kind: "safety-rules",
      title: "Safety rules",
      noun: "safety rule",
      rows: content.safetyRules.map((r) => ({ key: r.code, label: r.label, retired: r.retired })),
    },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {sections.map((section) => (
        <section key={section.kind} aria-labelledby={`${section.kind}-heading`} className="rounded-lg border border-slate-300 bg-white p-4">
          <div className="flex items-center justify-between gap-2">
            <h2 id={`${section.kind}-heading`} className="text-lg font-semibold text-slate-900">
              {section.title}
            </h2>
            <Link
              href={`/admin/evidence/${section.kind}/new`}
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Add {section.noun}
            </Link>
          </div>
          <ul className="mt-2 space-y-1">
            {section.rows.map((row) => (
              <li key={row.key}>
                <Link href={`/admin/evidence/${section.kind}/${encodeURIComponent(row.key)}`} className="text-brand-800 underline">
                  {row.label}
                </Link>
                {row.retired && <span className="ml-2 text-sm text-slate-700">(retired)</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
