import Link from "next/link";
import { notFound } from "next/navigation";
import { ReferralLoopPanel } from "@/components/loop-follow-up/referral-loop-panel";
import { SendToTherapistPanel } from "@/components/referral-loop/send-to-therapist-panel";
import { TherapistCopy } from "@/components/referral-sheet/therapist-copy";
import { requireUser } from "@/lib/auth/current-user";
import { getClinicianLoop } from "@/lib/data/loop-follow-up";
import { readReferralAudited } from "@/lib/data/referral-access";
import { getSendPanel } from "@/lib/data/referral-dispatch";
import { referralCodeMark } from "@/lib/data/short-code";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { ReferralActions } from "../_components/referral-actions";
import { ReferralHistory } from "../_components/referral-history";
import { IntakeDetails } from "../_components/intake-details";
import { StatusBadge } from "../_components/status-badge";

export const dynamic = "force-dynamic";
// No patient name in the tab title: it shows in window lists and screen shares.
export const metadata = { title: "Referral" };

export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const detail = await readReferralAudited(user, id, "referral.view");
  if (!detail) notFound();
  const sheet = buildReferralSheet(detail.sheet, new Date());
  const base = `/referrals/${detail.sheet.id}`;
  // Same scope as the referral read above (owner or admin); part of the audited referral.view.
  const loop = await getClinicianLoop(user, detail.sheet.id);
  // Only the referring clinician sends, and only a final referral (or a sent one after a decline).
  const sendPanel = detail.canEdit ? await getSendPanel(user, detail.sheet.id) : null;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/referrals" className="text-blue-800 underline">
            ← All referrals
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">
          Referral for {sheet.patient.name} <StatusBadge status={detail.sheet.status} />
        </h1>
        <p className="text-slate-700">
          {sheet.diagnosis.name} ({sheet.diagnosis.icd10Code}) · created {sheet.referralDate} by {sheet.clinic.clinicianLine}
        </p>
      </div>

      <nav aria-label="Referral documents" className="flex flex-wrap gap-2">
        <Link href={`${base}/print`} className="rounded-md bg-brand-800 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Print view
        </Link>
        {/* Plain anchors: these are file downloads from route handlers, not pages to prefetch. */}
        <a href={`${base}/pdf`} className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900">
          Download PDF
        </a>
        <a href={`${base}/fhir`} className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900">
          Download FHIR (JSON)
        </a>
      </nav>

      {detail.canEdit ? (
        <ReferralActions id={detail.sheet.id} status={detail.sheet.status} nextStatuses={detail.nextStatuses} canAmend={detail.canAmend} />
      ) : (
        <p className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-800">
          Read-only: only the referring clinician can change this referral.
        </p>
      )}

      {sendPanel ? <SendToTherapistPanel referralId={detail.sheet.id} view={sendPanel} /> : null}

      {loop ? <ReferralLoopPanel loop={loop} bundleHref={`${base}/loop-fhir`} /> : null}

      <IntakeDetails detail={detail} />

      <section aria-labelledby="sheet-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="sheet-title" className="sr-only">
          Referral sheet
        </h2>
        <div className="p-6">
          <TherapistCopy sheet={sheet} code={referralCodeMark(detail.shortCode)} />
        </div>
      </section>

      <ReferralHistory events={detail.events} />
    </div>
  );
}
