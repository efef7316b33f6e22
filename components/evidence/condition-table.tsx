import Link from "next/link";
import { formatDoseOneLine } from "@/lib/domain/evidence/dose-format";
import { DOSE_STATUS_LABEL } from "@/lib/domain/evidence/dose-status";
import { recommendationsFor } from "@/lib/domain/evidence/condition-view";
import type { EvidenceContent } from "@/lib/schemas/evidence";
import { CertaintyBadge } from "./certainty-badge";
import { withVersion } from "./version-notice";

/** The evidence library: one row per active condition with its codes, dose and certainty. */
export function ConditionTable({ content, versionId }: { content: EvidenceContent; versionId?: string }) {
  const conditions = content.conditions.filter((c) => !c.retired);
  return (
    <ul className="space-y-3">
      {conditions.map((condition) => {
        const recs = recommendationsFor(content, condition.slug);
        return (
          <li key={condition.slug} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link href={withVersion(`/evidence/${condition.slug}`, versionId)} className="text-brand-800 underline">
                {condition.name}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              ICD-10-CM: {condition.icd10.map((i) => i.code).join(", ")} · Evidence last reviewed:{" "}
              {condition.lastReviewed ?? "not recorded"}
            </p>
            {recs.length === 0 ? (
              <p className="mt-1 text-slate-800">No current recommendation.</p>
            ) : (
              recs.map(({ recommendation }) => (
                <p key={recommendation.id} className="mt-1 flex flex-wrap items-center gap-2 text-slate-900">
                  <span>{DOSE_STATUS_LABEL[recommendation.doseStatus]}:</span>
                  <span>
                    {recommendation.doseStatus === "not-established" ? recommendation.modality : formatDoseOneLine(recommendation)}
                  </span>
                  <span className="text-sm text-slate-700">MassageRx evidence rating:</span>
                  <CertaintyBadge certainty={recommendation.certainty} />
                </p>
              ))
            )}
          </li>
        );
      })}
    </ul>
  );
}
