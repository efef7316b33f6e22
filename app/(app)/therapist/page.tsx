import { requireTherapist, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { listReferralsForTherapist } from "@/lib/data/therapist-referrals";
import { dispatchStatusLabels } from "@/lib/domain/referral-loop/status";

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
      {rows.length === 0 ? (
        <p className="text-slate-700">No referrals have been sent to you yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                Sent
              </th>
              <th scope="col" className="p-2">
                Patient
              </th>
              <th scope="col" className="p-2">
                Condition
              </th>
              <th scope="col" className="p-2">
                Referring clinician
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Sessions logged
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.dispatchId} className="border-b border-slate-200">
                <td className="p-2">{r.sentAt.slice(0, 10)}</td>
                <td className="p-2">{r.patientName}</td>
                <td className="p-2">{r.conditionName}</td>
                <td className="p-2">{r.clinicianName}</td>
                <td className="p-2">{dispatchStatusLabels[r.status]}</td>
                <td className="p-2">{r.sessionsLogged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
