import { formatCitationAma, studyLinks, studyShortLabel } from "@/lib/domain/evidence/citation";
import { CHECKED_AGAINST_ABSTRACT, NOT_CHECKED_FLAG } from "@/lib/domain/evidence/verification";
import type { Study } from "@/lib/schemas/evidence";

export const UNVERIFIED_TEXT = NOT_CHECKED_FLAG.charAt(0).toUpperCase() + NOT_CHECKED_FLAG.slice(1);

/** One study as a clinician checks it: what was done, to whom, with what result, and where to read it. */
export function StudyCard({ study }: { study: Study }) {
  const links = studyLinks(study);
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <h4 className="font-semibold text-slate-900">
        {studyShortLabel(study)} <span className="font-normal text-slate-700">· {study.design}</span>
        {study.retired && <span className="ml-2 text-sm font-normal text-slate-700">(retired)</span>}
      </h4>
      <p className={study.verified ? "mt-1 text-sm text-green-900" : "mt-1 text-sm font-semibold text-amber-900"}>
        {study.verified ? CHECKED_AGAINST_ABSTRACT : UNVERIFIED_TEXT}
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-800">Population</dt>
        <dd className="text-slate-700">{study.population || "Not given"}</dd>
        <dt className="font-medium text-slate-800">n</dt>
        <dd className="text-slate-700">{study.n ?? "Not given"}</dd>
        <dt className="font-medium text-slate-800">Dose</dt>
        <dd className="text-slate-700">{study.interventionDose || "Not given"}</dd>
        {study.comparator && (
          <>
            <dt className="font-medium text-slate-800">Compared with</dt>
            <dd className="text-slate-700">{study.comparator}</dd>
          </>
        )}
        <dt className="font-medium text-slate-800">Outcomes</dt>
        <dd className="text-slate-700">{study.outcomes || "Not given"}</dd>
        {study.followUp && (
          <>
            <dt className="font-medium text-slate-800">Follow-up</dt>
            <dd className="text-slate-700">{study.followUp}</dd>
          </>
        )}
      </dl>
      <p className="mt-3 text-sm text-slate-800">{formatCitationAma(study)}</p>
      {(links.doi || links.pubmed) && (
        <p className="mt-1 flex gap-4 text-sm">
          {links.doi && (
            <a href={links.doi} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
              DOI<span className="sr-only"> for {studyShortLabel(study)} (opens in a new tab)</span>
            </a>
          )}
          {links.pubmed && (
            <a href={links.pubmed} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
              PubMed<span className="sr-only"> for {studyShortLabel(study)} (opens in a new tab)</span>
            </a>
          )}
        </p>
      )}
    </li>
  );
}
