import Link from "next/link";
import { requireClinician, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { listNeedsAttention } from "@/lib/data/loop-attention";
import type { AttentionKind } from "@/lib/domain/loop-follow-up/needs-attention";
import { AcknowledgeAdverseEvent } from "@/components/loop-follow-up/acknowledge-adverse-event";
import { ColumnHeadings } from "@/components/loop-follow-up/column-headings";

export const dynamic = "force-dynamic";
export const metadata = { title: "Needs attention" };

const kindWords: Record<AttentionKind, string> = {
  "adverse-event": "Adverse event",
  declined: "Declined",
  "no-first-session": "No first session",
  "no-pain-relief": "No pain relief",
};

/** The clinician's sent referrals that need a look now (rules: lib/domain/loop-follow-up/needs-attention.ts). */
export default async function NeedsAttentionPage() {
  const user = await requireClinician();
  const items = await listNeedsAttention(user, new Date());
  // The list shows patients' names: a PHI read, audited like a referral list.
  await recordAudit({
    userId: user.id,
    action: "referral.attention-list",
    outcome: "success",
    ip: await requestIp(),
    detail: `${items.length} items`,
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Needs attention</h1>
      <p className="text-slate-800">
        Your sent referrals where the therapist declined, no session took place 14 days after acceptance (or sending), an adverse event was
        reported and not yet acknowledged, or the course ended with pain unchanged or worse.
      </p>
      {items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-3">Nothing needs attention.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-left text-sm text-slate-900">
            <caption className="sr-only">Referrals that need attention, adverse events first</caption>
            <ColumnHeadings labels={["Why", "Patient", "Condition", "Since", "What happened", "Action"]} />
            <tbody>
              {items.map((i, n) => (
                <tr key={`${i.referralId}-${i.kind}-${i.adverseEventId ?? n}`} className="border-b border-slate-200 align-top">
                  <th scope="row" className={`px-2 py-1 font-semibold ${i.kind === "adverse-event" ? "text-red-800" : ""}`}>
                    {kindWords[i.kind]}
                    {i.severity ? ` (${i.severity})` : ""}
                  </th>
                  <td className="px-2 py-1">
                    <Link href={`/referrals/${i.referralId}`} className="text-blue-800 underline">
                      {i.patientName}
                    </Link>
                  </td>
                  <td className="px-2 py-1">{i.conditionName}</td>
                  <td className="px-2 py-1">
                    <time dateTime={i.since}>{i.since.slice(0, 10)}</time>
                  </td>
                  <td className="px-2 py-1">{i.detail}</td>
                  <td className="px-2 py-1">
                    {i.adverseEventId ? (
                      <AcknowledgeAdverseEvent id={i.adverseEventId} what={`the ${i.severity ?? ""} adverse event for ${i.patientName}`} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
