import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { listOutcomeSummaries, type OutcomeScope } from "@/lib/data/loop-outcomes";
import { percent, signedChange } from "@/lib/domain/outcomes/outcome-words";
import { ColumnHeadings } from "@/components/loop-follow-up/column-headings";

export const dynamic = "force-dynamic";
export const metadata = { title: "What the doses did here" };

/**
 * Outcomes per condition and prescribed dose, from completed courses in this clinic. Aggregates only
 * (no patient is named); clinicians and admins. Observational — said in plain words on the page.
 */
export default async function OutcomesPage({ searchParams }: { searchParams: Promise<{ scope?: string }> }) {
  const user = await requireUser();
  if (user.role !== "CLINICIAN" && user.role !== "ADMIN") notFound();
  const scope: OutcomeScope = (await searchParams).scope === "mine" ? "mine" : "clinic";
  const summaries = await listOutcomeSummaries(user, scope);
  await recordAudit({ userId: user.id, action: "outcomes.view", outcome: "success", ip: await requestIp(), detail: `scope=${scope}` });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">What the doses did here</h1>
      <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-slate-900">
        <strong>Observational data from this clinic, not a trial.</strong> These are the courses therapists completed and scored in
        MassageRx: no comparison group, no randomisation, and patients who stopped early or were never scored are missing. Use them to see
        how a dose has gone here, beside the evidence — not as proof that it works. Pain and PEG are 0-10 (lower is better); a change is
        last score minus first. “At least 30% less pain” is a clinically meaningful improvement (Farrar 2001; IMMPACT, Dworkin 2008). Each
        figure has its own n.
      </p>
      <nav aria-label="Whose courses" className="flex gap-3 text-sm">
        <Link href="/outcomes" aria-current={scope === "clinic" ? "page" : undefined} className="text-blue-800 underline">
          Whole clinic
        </Link>
        <Link href="/outcomes?scope=mine" aria-current={scope === "mine" ? "page" : undefined} className="text-blue-800 underline">
          My referrals only
        </Link>
        {/* A plain anchor: a file download. */}
        <a href={`/outcomes/export?scope=${scope}`} className="text-blue-800 underline">
          Download CSV
        </a>
      </nav>
      {summaries.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-3">No completed courses yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-left text-sm text-slate-900">
            <caption className="mb-1 text-left font-semibold">Completed courses per condition and prescribed dose</caption>
            <ColumnHeadings
              labels={[
                "Condition and dose",
                "Courses completed",
                "Median change in pain",
                "Median change in PEG",
                "At least 30% less pain",
                "Sessions attended of prescribed",
              ]}
            />
            <tbody>
              {summaries.map((s) => (
                <tr key={`${s.conditionSlug}-${s.doseLabel}`} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {s.conditionName}
                    <span className="block font-normal text-slate-700">{s.doseLabel}</span>
                  </th>
                  <td className="px-2 py-1">{s.coursesCompleted}</td>
                  <td className="px-2 py-1">
                    {signedChange(s.pain.medianChange)} <span className="text-slate-700">(n = {s.pain.n})</span>
                  </td>
                  <td className="px-2 py-1">
                    {signedChange(s.peg.medianChange)} <span className="text-slate-700">(n = {s.peg.n})</span>
                  </td>
                  <td className="px-2 py-1">
                    {s.meaningfulPainReduction.count} of {s.meaningfulPainReduction.n} ({percent(s.meaningfulPainReduction.share)})
                  </td>
                  <td className="px-2 py-1">
                    {s.sessions.n > 0 ? `${s.sessions.attended} of ${s.sessions.prescribed}` : "number of sessions not set"}
                    <span className="block text-slate-700">median {s.sessions.medianAttended ?? "—"} per course</span>
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
