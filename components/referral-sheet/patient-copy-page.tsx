import type { PatientCopy } from "@/lib/domain/referral/patient-copy";
import { AmendmentMark, SheetList, SheetSection, StatusMark } from "./sheet-parts";

/** The patient's own page, in plain words; printed on a page of its own. */
export function PatientCopyPage({
  copy,
  referralId,
  statusMark = null,
  amendmentMark = null,
}: {
  copy: PatientCopy;
  referralId: string;
  statusMark?: string | null;
  amendmentMark?: string | null;
}) {
  return (
    <article aria-labelledby="patient-copy-title" className="patient-copy mt-10 border-t-2 border-dashed border-slate-400 pt-6">
      <StatusMark mark={statusMark} />
      <AmendmentMark mark={amendmentMark} />
      <h2 id="patient-copy-title" className="text-xl font-bold text-slate-900">
        {copy.title}
      </h2>
      <p className="text-sm text-slate-700">
        For {copy.patientName} · Referral {referralId}
      </p>
      {copy.sections.map((s) => (
        <SheetSection key={s.id} title={s.heading} id={`patient-${s.id}`}>
          <SheetList items={s.lines} empty="" />
        </SheetSection>
      ))}
      <p className="sheet-section mt-4 text-sm text-slate-900">Questions? Contact {copy.contact}</p>
    </article>
  );
}
