import { certaintyMeaning, EVIDENCE_RATING_LABEL, strengthMeaning } from "@/lib/domain/evidence/dose-format";
import type { ConditionView, RecommendationWithStudies } from "@/lib/domain/evidence/condition-view";
import { CPT_TEXT, doseBasisOf, suggestedDoseLine } from "@/lib/domain/evidence/dose-status";
import { guidanceFor, outcomeRowsFor } from "@/lib/domain/evidence/evidence-profile";
import { CertaintyBadge } from "./certainty-badge";
import { DoseStatusNote } from "./dose-status-note";
import { GuidanceList } from "./guidance-list";
import { OutcomeTable } from "./outcome-table";
import { StudyCard } from "./study-card";

/**
 * A condition as a clinician checks it: the dose, how sure the evidence is (in plain words), why, what
 * disagrees, and every study it rests on. Renders on the server; no client state.
 */
export function ConditionDetail({ view }: { view: ConditionView }) {
  const { condition, recommendations } = view;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">{condition.name}</h1>
        {condition.retired && (
          <p className="rounded-md border border-slate-500 bg-slate-100 p-2 text-sm text-slate-800">
            This condition is retired: it is no longer suggested for new referrals.
          </p>
        )}
        <p className="max-w-prose text-slate-700">{condition.description}</p>
        <p className="text-sm text-slate-700">Body region: {condition.bodyRegion}</p>
        <p className="text-sm text-slate-700">Evidence last reviewed: {condition.lastReviewed ?? "not recorded in this version"}</p>
      </header>

      <section aria-labelledby="icd-heading">
        <h2 id="icd-heading" className="text-lg font-semibold text-slate-900">
          ICD-10-CM codes
        </h2>
        <ul className="mt-1 list-disc pl-6 text-slate-800">
          {condition.icd10.map((icd) => (
            <li key={icd.code}>
              <span className="font-mono font-semibold">{icd.code}</span> {icd.label}
            </li>
          ))}
        </ul>
        {condition.exclusions.length > 0 && (
          <>
            <h3 className="mt-3 font-semibold text-slate-900">Not for</h3>
            <ul className="mt-1 list-disc pl-6 text-sm text-slate-800">
              {condition.exclusions.map((e) => (
                <li key={e.phrase}>{e.reason}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {recommendations.length === 0 ? (
        <p className="text-slate-800">No current recommendation for this condition.</p>
      ) : (
        recommendations.map((item) => <RecommendationSection key={item.recommendation.id} item={item} />)
      )}
    </article>
  );
}

function RecommendationSection({ item }: { item: RecommendationWithStudies }) {
  const { recommendation: rec, studies, missingStudyIds } = item;
  const headingId = `rec-${rec.id}`;
  const basis = doseBasisOf(rec, studies);
  const noDose = rec.doseStatus === "not-established";
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {noDose ? "Dose" : "Suggested dose"}: {rec.modality}
      </h2>
      <p className={basis.unverified ? "text-lg font-semibold text-amber-950" : "text-lg text-slate-900"} data-testid="dose-line">
        {suggestedDoseLine(rec, basis)}
      </p>
      <DoseStatusNote basis={basis} />
      <p className="text-sm text-slate-700">In the evidence&apos;s words: {rec.doseSummary}</p>
      {rec.adjuncts.length > 0 && <p className="text-slate-800">Together with: {rec.adjuncts.join("; ")}</p>}
      <p className="text-sm text-slate-700">Billing: {CPT_TEXT[rec.cptCode]}</p>
      <GuidanceList items={guidanceFor(rec)} headingLevel={3} />

      <h3 className="font-semibold text-slate-900">{EVIDENCE_RATING_LABEL}</h3>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-900">
            Certainty of evidence: <CertaintyBadge certainty={rec.certainty} />
          </dt>
          <dd className="mt-1 text-sm text-slate-700">{certaintyMeaning(rec.certainty)}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Strength of recommendation: {rec.strength}</dt>
          <dd className="mt-1 text-sm text-slate-700">{strengthMeaning(rec.strength)}</dd>
        </div>
      </dl>

      <div>
        <h3 className="font-semibold text-slate-900">Why this dose</h3>
        <p className="mt-1 max-w-prose text-slate-800">{rec.rationale}</p>
      </div>
      <OutcomeTable rows={outcomeRowsFor(rec, studies)} caption="Evidence profile: key outcomes" />
      {rec.precautions.length > 0 && (
        <div>
          <h3 className="font-semibold text-slate-900">Precautions</h3>
          <ul className="mt-1 list-disc pl-6 text-slate-800">
            {rec.precautions.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <div>
        <h3 className="font-semibold text-slate-900">Studies this rests on</h3>
        <ul className="mt-2 space-y-3">
          {studies.map((study) => (
            <StudyCard key={study.id} study={study} />
          ))}
        </ul>
        {missingStudyIds.length > 0 && (
          <p className="mt-2 text-sm text-red-800">Cited but missing from this version: {missingStudyIds.join(", ")}</p>
        )}
      </div>
    </section>
  );
}
