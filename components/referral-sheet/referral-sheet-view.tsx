import type { ReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { PatientCopyPage } from "./patient-copy-page";
import { TherapistCopy } from "./therapist-copy";

/**
 * Both copies of the sheet. The footer is fixed-position in print media (see the print page's CSS), so
 * the browser repeats it on every printed page: the referral id stays with each loose sheet.
 */
export function ReferralSheetView({ sheet }: { sheet: ReferralSheet }) {
  return (
    <div className="referral-sheet bg-white p-6 text-slate-900 print:p-0">
      <TherapistCopy sheet={sheet} />
      <PatientCopyPage copy={sheet.patientCopy} referralId={sheet.referralId} />
      <p className="referral-print-footer hidden text-xs text-slate-700 print:block" aria-hidden="true">
        MassageRx referral {sheet.referralId} · {sheet.referralDate}
      </p>
    </div>
  );
}
