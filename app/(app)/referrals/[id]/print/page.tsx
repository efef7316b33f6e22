import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/referral-sheet/print-button";
import { ReferralSheetView } from "@/components/referral-sheet/referral-sheet-view";
import { requireUser } from "@/lib/auth/current-user";
import { readReferralAudited } from "@/lib/data/referral-access";
import { referralCodeMark } from "@/lib/data/short-code";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import "./referral-print.css";

export const dynamic = "force-dynamic";
export const metadata = { title: "Print referral" };

export default async function PrintReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  // Opening the print view counts as printing: the browser's print dialog cannot be observed.
  const detail = await readReferralAudited(user, id, "referral.print");
  if (!detail) notFound();
  const sheet = buildReferralSheet(detail.sheet, new Date());
  return (
    <div className="referral-print mx-auto max-w-4xl">
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link href={`/referrals/${detail.sheet.id}`} className="text-blue-800 underline">
          ← Back to the referral
        </Link>
        <div className="flex gap-2">
          <a
            href={`/referrals/${detail.sheet.id}/pdf`}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900"
          >
            Download PDF
          </a>
          <PrintButton />
        </div>
      </div>
      <h1 className="sr-only">Printable referral sheet</h1>
      <ReferralSheetView sheet={sheet} code={referralCodeMark(detail.shortCode)} />
    </div>
  );
}
