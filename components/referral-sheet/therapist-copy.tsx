import type { ReferralCodeMark } from "@/lib/data/short-code";
import type { ReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { ReferralCodeBlock } from "./referral-code-block";
import { AmendmentMark, SheetField, SheetList, SheetSection, StatusMark } from "./sheet-parts";

/** The therapist's page of the referral: who refers, whom, for what, the prescription and its evidence. */
export function TherapistCopy({ sheet, code = null }: { sheet: ReferralSheet; code?: ReferralCodeMark | null }) {
  const { clinic, patient, diagnosis, evidence } = sheet;
  return (
    <article aria-labelledby="therapist-copy-title" className="therapist-copy">
      <StatusMark mark={sheet.statusMark} />
      <AmendmentMark mark={sheet.amendmentMark} />
      {sheet.lifecycleLines.map((line) => (
        <p key={line} className="mb-2 border-l-4 border-purple-700 pl-2 text-sm font-semibold text-slate-900" data-testid="lifecycle-line">
          {line}
        </p>
      ))}
      <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-slate-800 pb-2">
        <div>
          <h2 id="therapist-copy-title" className="text-xl font-bold text-slate-900">
            Massage therapy referral
          </h2>
          <p className="text-sm text-slate-700">
            Referral {sheet.referralId} · {sheet.referralDate} · {sheet.statusLabel}
          </p>
        </div>
        <div className="text-right text-sm text-slate-900">
          {clinic.clinicName && <p className="font-semibold">{clinic.clinicName}</p>}
          <p>{clinic.clinicianLine}</p>
          {clinic.contactLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </header>
      <ReferralCodeBlock mark={code} />

      <SheetSection title="Patient" id="sheet-patient">
        <dl className="grid gap-0.5 sm:grid-cols-2">
          <SheetField label="Name" value={patient.name} />
          <SheetField label="Date of birth" value={`${patient.dob} (age ${patient.age})`} />
          <SheetField label="Sex" value={patient.sex} />
          {patient.mrn && <SheetField label="MRN" value={patient.mrn} />}
        </dl>
      </SheetSection>

      <SheetSection title="Diagnosis" id="sheet-diagnosis">
        <p>
          {diagnosis.name} — ICD-10-CM <strong>{diagnosis.icd10Code}</strong>
          {diagnosis.icd10Label ? ` (${diagnosis.icd10Label})` : ""}
        </p>
      </SheetSection>

      <SheetSection title="Clinical details" id="sheet-clinical">
        <dl className="grid gap-0.5 sm:grid-cols-2">
          {sheet.clinical.map((row) => (
            <SheetField key={row.label} label={row.label} value={<span className="whitespace-pre-line">{row.value}</span>} />
          ))}
        </dl>
      </SheetSection>

      <SheetSection title="Prescription" id="sheet-prescription">
        <p className="text-base font-semibold" data-testid="prescription-line">
          {sheet.prescriptionLine}
        </p>
        {sheet.suggestedDoseLine && <p className="text-slate-700">Evidence-suggested dose: {sheet.suggestedDoseLine}</p>}
        {sheet.doseStatusLine && <p data-testid="dose-status-line">{sheet.doseStatusLine}</p>}
        <dl className="mt-1 space-y-0.5">
          <SheetField label="Modality" value={sheet.modality} />
          <SheetField label="Billing" value={sheet.cptLine} />
        </dl>
      </SheetSection>

      <SheetSection title="Precautions" id="sheet-precautions">
        <SheetList items={sheet.precautions} empty="None recorded." />
        {sheet.techniqueChanges.length > 0 && (
          <>
            <p className="mt-1 font-medium">Technique changes</p>
            <SheetList items={sheet.techniqueChanges} empty="" />
          </>
        )}
      </SheetSection>

      <SheetSection title="Areas to avoid" id="sheet-avoid">
        <SheetList items={sheet.areasToAvoid} empty="None recorded." />
      </SheetSection>

      {sheet.overrides.length > 0 && (
        <SheetSection title="Clinician overrides" id="sheet-overrides">
          <ul className="space-y-1">
            {sheet.overrides.map((o) => (
              <li key={o.title}>
                <strong>{o.title}.</strong> Reason: {o.reason}
                {o.note ? ` — ${o.note}` : ""}
              </li>
            ))}
          </ul>
        </SheetSection>
      )}

      <SheetSection title="Referring clinician" id="sheet-signature">
        <div className="mt-6 grid grid-cols-2 gap-8">
          <p className="border-t border-slate-800 pt-1">Signature — {sheet.clinic.clinicianLine}</p>
          <p className="border-t border-slate-800 pt-1">Date</p>
        </div>
      </SheetSection>

      <SheetSection title="Evidence behind the dose" id="sheet-evidence">
        {evidence.summary && <p>{evidence.summary}</p>}
        {evidence.summaryWarning && <p className="font-medium text-amber-900">{evidence.summaryWarning}</p>}
        {evidence.certaintyLine && <p>{evidence.certaintyLine}</p>}
        {evidence.strengthLine && <p>{evidence.strengthLine}</p>}
        {evidence.guidance.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <ol className="mt-1 space-y-1">
          {evidence.citations.map((c) => (
            <li key={c.number} className="sheet-citation">
              [{c.number}] {c.text}
              {c.doiUrl && (
                <>
                  {" "}
                  <a href={c.doiUrl} className="text-blue-800 underline">
                    {c.doiUrl}
                  </a>
                </>
              )}
              {c.keyFigures && <span className="block text-slate-700">Key figures: {c.keyFigures}</span>}
            </li>
          ))}
        </ol>
        <p className="mt-1 text-slate-700">{evidence.versionLine}</p>
        {evidence.supersededLine && <p className="mt-1 font-medium text-amber-900">{evidence.supersededLine}</p>}
      </SheetSection>

      <p className="sheet-section mt-4 border border-slate-400 p-2 text-xs text-slate-800" data-testid="disclaimer">
        {sheet.disclaimer}
      </p>
    </article>
  );
}
