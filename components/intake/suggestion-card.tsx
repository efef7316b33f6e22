import { DoseStatusNote } from "@/components/evidence/dose-status-note";
import { GuidanceList } from "@/components/evidence/guidance-list";
import { OutcomeTable } from "@/components/evidence/outcome-table";
import { certaintyMeaning, EVIDENCE_RATING_LABEL, formatRange, strengthMeaning } from "@/lib/domain/evidence/dose-format";
import { CPT_TEXT } from "@/lib/domain/evidence/dose-status";
import type { SuggestionCard as Card } from "@/lib/domain/referral/suggest";
import { buttonSecondary } from "./fields";
import { MatchedWords } from "./matched-words";
import { StudyList } from "./study-list";

const doseRows = [
  { field: "minutesPerSession", label: "Minutes per session", unit: "minute" },
  { field: "sessionsPerWeek", label: "Sessions per week", unit: "session" },
  { field: "weeks", label: "Weeks", unit: "week" },
  { field: "totalSessions", label: "Total sessions", unit: "session" },
] as const;

function List({ title, items, tone = "plain" }: { title: string; items: string[]; tone?: "plain" | "warn" }) {
  if (items.length === 0) return null;
  return (
    <div className={tone === "warn" ? "rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950" : ""}>
      <h4 className="font-semibold">{title}</h4>
      <ul className="list-disc pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** One suggestion: the dose, why it was suggested, what it rests on and this patient's precautions. */
export function SuggestionCard({
  card,
  complaint,
  chosen,
  onChoose,
}: {
  card: Card;
  complaint: string;
  chosen: boolean;
  onChoose: () => void;
}) {
  const headingId = `card-${card.conditionSlug}`;
  const noDose = card.doseBasis?.status === "not-established";
  return (
    <article
      aria-labelledby={headingId}
      className={`space-y-4 rounded-lg border bg-white p-4 ${chosen ? "border-brand-700 ring-2 ring-brand-700" : "border-slate-300"}`}
    >
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={headingId} className="text-lg font-semibold text-slate-900">
            {card.conditionName}
          </h3>
          <p className="text-sm text-slate-800">
            ICD-10-CM <strong>{card.icd10.code}</strong> — {card.icd10.label}
          </p>
          {card.icd10.note && <p className="text-sm text-slate-700">{card.icd10.note}</p>}
          <p className="text-sm text-slate-700">
            {card.origin === "manual" ? "Chosen by you" : `Matched the complaint (${card.confidence ?? "unknown"} confidence)`}
          </p>
          <p className="text-sm text-slate-700">Evidence last reviewed: {card.lastReviewed ?? "not recorded"}</p>
        </div>
        <button type="button" className={buttonSecondary} aria-pressed={chosen} onClick={onChoose}>
          {chosen ? "Chosen for this referral" : `Refer for ${card.conditionName}`}
        </button>
      </header>

      <div className="space-y-2 rounded-md bg-brand-50 p-3">
        <h4 className="font-semibold text-slate-900">{noDose ? "Dose" : "Suggested dose"}</h4>
        <p className={card.doseBasis?.unverified ? "font-semibold text-amber-950" : "text-slate-900"} data-testid="card-dose-line">
          {card.doseLine}
        </p>
        {card.doseBasis && <DoseStatusNote basis={card.doseBasis} />}
        {card.modality && <p className="text-sm text-slate-800">Modality: {card.modality}</p>}
        {!noDose && (
          <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm sm:grid-cols-4">
            {doseRows.map((row) => (
              <div key={row.field}>
                <dt className="font-medium text-slate-800">{row.label}</dt>
                <dd className="text-slate-900">
                  {card.dose[row.field] === null ? "not established by the evidence" : formatRange(card.dose[row.field], row.unit)}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {card.doseSummary && <p className="text-sm text-slate-800">In the evidence&apos;s words: {card.doseSummary}</p>}
        {card.adjuncts.length > 0 && <p className="text-sm text-slate-800">Adjuncts: {card.adjuncts.join("; ")}</p>}
        {card.doseBasis && <p className="text-sm text-slate-800">Billing: {CPT_TEXT[card.doseBasis.cptCode]}</p>}
      </div>

      <GuidanceList items={card.guidance} />

      {card.certainty && card.strength && (
        <div className="text-sm">
          <h4 className="font-semibold">{EVIDENCE_RATING_LABEL}</h4>
          <dl className="grid gap-2 sm:grid-cols-2">
            <div>
              <dt className="font-semibold">Certainty of evidence: {card.certainty}</dt>
              <dd className="text-slate-800">{certaintyMeaning(card.certainty)}</dd>
            </div>
            <div>
              <dt className="font-semibold">Strength of recommendation: {card.strength}</dt>
              <dd className="text-slate-800">{strengthMeaning(card.strength)}</dd>
            </div>
          </dl>
        </div>
      )}
      {card.rationale && (
        <div className="text-sm">
          <h4 className="font-semibold">Rationale</h4>
          <p className="text-slate-800">{card.rationale}</p>
        </div>
      )}
      <div className="text-sm">
        <h4 className="font-semibold">Why this condition</h4>
        <MatchedWords complaint={complaint} spans={card.matched} />
      </div>
      <div className="space-y-3 text-sm">
        <List title="Warnings" items={[...(card.durationWarning ? [card.durationWarning] : []), ...card.warnings]} tone="warn" />
        <List title="Precautions" items={card.precautions} />
        <List title="Areas to avoid" items={card.areasToAvoid} />
        <List title="Technique changes" items={card.techniqueChanges} />
      </div>
      <OutcomeTable rows={card.outcomeRows} caption="Evidence profile: key outcomes" />
      <div className="space-y-2 text-sm">
        <h4 className="font-semibold">Studies ({card.studies.length})</h4>
        <StudyList studies={card.studies} />
      </div>
    </article>
  );
}
