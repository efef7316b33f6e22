import Link from "next/link";
import { requireTherapist, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { listReferralsForTherapist } from "@/lib/data/therapist-referrals";
import { dispatchStatusLabels } from "@/lib/domain/referral-loop/status";
import { SimpleTable } from "@/components/ui/simple-table";

export const metadata = { title: "My referrals" };
export const dynamic = "force-dynamic";

/** The referrals sent to the signed-in therapist, and nothing else (scoped in lib/data/therapist-referrals.ts). */
export default async function TherapistReferralsPage() {
  const user = await requireTherapist();
  const rows = await listReferralsForTherapist(user);
  await recordAudit({
    userId: user.id,
    action: "therapist.referral-list",
    resourceType: "dispatch",
    outcome: "success",
    ip: await requestIp(),
    detail: `count=${rows.length}`,
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Referrals sent to you</h1>
      <SimpleTable
        rows={rows}
        rowKey={(r) => r.dispatchId}
        empty="No referrals have been sent to you yet."
        columns={[
          { heading: "Sent", cell: (r) => r.sentAt.slice(0, 10) },
          {
            heading: "Patient",
            cell: (r) => (
              <Link href={`/therapist/referrals/${r.dispatchId}`} className="text-blue-800 underline">
                {r.patientName}
              </Link>
            ),
          },
          { heading: "Condition", cell: (r) => r.conditionName },
          { heading: "Referring clinician", cell: (r) => r.clinicianName },
          { heading: "Status", cell: (r) => dispatchStatusLabels[r.status] },
          { heading: "Sessions logged", cell: (r) => r.sessionsLogged },
        ]}
      />
    </div>
  );
}
