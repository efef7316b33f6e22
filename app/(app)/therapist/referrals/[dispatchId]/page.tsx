import Link from "next/link";
import { notFound } from "next/navigation";
import { TherapistCopy } from "@/components/referral-sheet/therapist-copy";
import { CourseRecord } from "@/components/therapist/course-record";
import { DischargeForm, RespondForm, ScoresForm, SessionForm } from "@/components/therapist/lazy-forms";
import { requestIp, requireTherapist } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { getTherapistReferral } from "@/lib/data/therapist-referral-detail";
import { sessionsProgress } from "@/lib/domain/loop-follow-up/timeline";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { canLogSession, dispatchStatusLabels } from "@/lib/domain/referral-loop/status";
import { storableText } from "@/lib/schemas/storable-text";

export const dynamic = "force-dynamic";
// No patient name in the tab title: it shows in window lists and screen shares.
export const metadata = { title: "Referral" };

/** One referral sent to the signed-in therapist: the sheet to treat from, and the forms that carry the course out. */
export default async function TherapistReferralPage({ params }: { params: Promise<{ dispatchId: string }> }) {
  const user = await requireTherapist();
  const { dispatchId } = await params;
  const detail = await getTherapistReferral(user, dispatchId);
  await recordAudit({
    userId: user.id,
    action: "therapist.referral-view",
    resourceType: "dispatch",
    resourceId: storableText(dispatchId).slice(0, 64),
    outcome: detail ? "success" : "denied",
    ip: await requestIp(),
  });
  if (!detail) notFound();
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const sheet = buildReferralSheet(detail.sheet, now);
  const { dispatch } = detail;
  const open = canLogSession(dispatch.status);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/therapist" className="text-blue-800 underline">
            ← My referrals
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">Referral for {sheet.patient.name}</h1>
        <p className="text-slate-700">
          {sheet.diagnosis.name} · sent {dispatch.sentAt.slice(0, 10)} by {sheet.clinic.clinicianLine} · Status:{" "}
          <strong>{dispatchStatusLabels[dispatch.status]}</strong>
        </p>
      </div>

      <section aria-labelledby="contact-title" className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <h2 id="contact-title" className="text-lg font-semibold">
          Contacts
        </h2>
        <p>
          <strong>Referring clinician:</strong> {sheet.clinic.clinicianLine}
          {sheet.clinic.clinicName ? `, ${sheet.clinic.clinicName}` : ""}. {sheet.clinic.contactLines.join(" · ")}
        </p>
        <p>
          <strong>Patient:</strong> {sheet.patient.name}, born {sheet.patient.dob}. The referral does not hold the patient&apos;s phone or
          address: arrange the first appointment with the patient who brings this referral, or through the referring clinician.
        </p>
      </section>

      <section aria-labelledby="course-title" className="space-y-4">
        <h2 id="course-title" className="text-xl font-semibold">
          Your course
        </h2>
        <p className="text-base" data-testid="sessions-progress">
          <strong>Sessions given: {sessionsProgress(dispatch.sessions.length, detail.sessionsPrescribed)}.</strong> Prescribed:{" "}
          {sheet.prescriptionLine}
        </p>
        {dispatch.status === "sent" && <RespondForm dispatchId={dispatch.id} />}
        {dispatch.status === "declined" && (
          <p>You declined this referral. Your reason, as the clinician reads it: {dispatch.declineReason}</p>
        )}
        {dispatch.status === "completed" && (
          <p>
            Course completed on {dispatch.completedAt?.slice(0, 10)}. Discharge note: {dispatch.dischargeNote}
          </p>
        )}
        {open && (
          <>
            <SessionForm dispatchId={dispatch.id} today={today} prescribedMinutes={detail.minutesPerSession} />
            <ScoresForm
              dispatchId={dispatch.id}
              today={today}
              hasBaseline={dispatch.scores.some((s) => s.timepoint === "first")}
              sessions={dispatch.sessions.map((s) => ({ id: s.id, sessionDate: s.sessionDate }))}
            />
          </>
        )}
        {dispatch.status === "in_progress" && <DischargeForm dispatchId={dispatch.id} />}
        <CourseRecord dispatch={dispatch} />
      </section>

      <section aria-labelledby="sheet-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="sheet-title" className="sr-only">
          Referral sheet
        </h2>
        <div className="p-6">
          <TherapistCopy sheet={sheet} />
        </div>
      </section>
    </div>
  );
}
