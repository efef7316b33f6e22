import type { ReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { PatientCopyPage } from "./patient-copy-page";
import { PrintPageFooter } from "./print-page-footer";
import { StatusWatermark } from "./sheet-parts";
import { TherapistCopy } from "./therapist-copy";

/** Both copies of the sheet; printed, every page carries the referral's footer (print-page-footer.tsx). */
export function ReferralSheetView({ sheet }: { sheet: ReferralSheet }) {
  return (
    <div className="referral-sheet bg-white p-6 text-slate-900 print:p-0">
      <PrintPageFooter sheet={sheet} />
      <StatusWatermark mark={sheet.statusMark} />
      <TherapistCopy sheet={sheet} />
      <PatientCopyPage
        copy={sheet.patientCopy}
        referralId={sheet.referralId}
        statusMark={sheet.statusMark}
        amendmentMark={sheet.amendmentMark}
      />
    </div>
  );
}
