import type { ReferralCodeMark } from "@/lib/data/short-code";
import type { ReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { PatientCopyPage } from "./patient-copy-page";
import { PrintPageFooter } from "./print-page-footer";
import { StatusWatermark } from "./sheet-parts";
import { TherapistCopy } from "./therapist-copy";

/** Both copies of the sheet; printed, every page carries the referral's footer (print-page-footer.tsx). */
export function ReferralSheetView({ sheet, code = null }: { sheet: ReferralSheet; code?: ReferralCodeMark | null }) {
  return (
    <div className="referral-sheet bg-white p-6 text-slate-900 print:p-0">
      <PrintPageFooter sheet={sheet} />
      <StatusWatermark mark={sheet.statusMark} />
      <TherapistCopy sheet={sheet} code={code} />
      <PatientCopyPage
        copy={sheet.patientCopy}
        referralId={sheet.referralId}
        statusMark={sheet.statusMark}
        amendmentMark={sheet.amendmentMark}
      />
    </div>
  );
}
