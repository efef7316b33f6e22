import type { CardStudy } from "@/lib/domain/referral/suggest";
import { NOT_CHECKED_FLAG } from "@/lib/domain/evidence/verification";

export const UNVERIFIED_LABEL = NOT_CHECKED_FLAG;

/** The studies a suggestion rests on: who was studied, how many, what dose, what effect. */
export function StudyList({ studies }: { studies: CardStudy[] }) {
  if (studies.length === 0) return <p className="text-sm text-slate-700">No studies are cited.</p>;
  return (
    <ul className="space-y-3">
      {studies.map((s) => (
        <li key={s.id} className="rounded-md border border-slate-200 p-3 text-sm text-slate-800">
          <p className="font-medium text-slate-900">{s.citation}</p>
          {!s.verified && (
            <p className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-amber-950">Unverified: {UNVERIFIED_LABEL}</p>
          )}
          <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium">Design</dt>
            <dd>{s.design}</dd>
            <dt className="font-medium">Population</dt>
            <dd>{s.population}</dd>
            <dt className="font-medium">Participants (n)</dt>
            <dd>{s.n ?? "not reported"}</dd>
            <dt className="font-medium">Dose studied</dt>
            <dd>{s.interventionDose}</dd>
            {s.comparator && (
              <>
                <dt className="font-medium">Compared with</dt>
                <dd>{s.comparator}</dd>
              </>
            )}
            <dt className="font-medium">Effect</dt>
            <dd>{s.outcomes}</dd>
            {s.followUp && (
              <>
                <dt className="font-medium">Follow-up</dt>
                <dd>{s.followUp}</dd>
              </>
            )}
          </dl>
          {s.links.length > 0 && (
            <p className="mt-2 flex flex-wrap gap-3">
              {s.links.map((l) => (
                <a key={l.href} href={l.href} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-800 underline">
                  {l.label}
                  <span className="sr-only"> for {s.citation} (opens in a new tab)</span>
                </a>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
