import type { ReferralDetail } from "@/lib/data/referrals";

/** What the clinician entered and which words of the complaint led to the suggestion. */
export function IntakeDetails({ detail }: { detail: ReferralDetail }) {
  const { intake, matched, sheet } = detail;
  const rows: [string, string][] = [
    ["Complaint", intake.complaint],
    ["Pain locations", sheet.details.painLocations.join(", ") || "None recorded"],
    ["Duration", intake.duration ?? "Not recorded"],
    ["Pain intensity (0-10)", intake.painIntensity === null ? "Not recorded" : String(intake.painIntensity)],
    ["Medications", intake.medications || "None recorded"],
    ["Safety findings", intake.safetyFindings.join(", ") || "None"],
    ...(intake.pregnant
      ? [
          ["Pregnancy", `${intake.pregnancyWeeks ?? "?"} weeks`] satisfies [string, string],
          ["Prenatal-trained therapist", intake.prenatalTrainedTherapist ? "Yes, as the referrer stated" : "Not stated"] satisfies [
            string,
            string,
          ],
        ]
      : []),
  ];
  return (
    <section aria-labelledby="intake-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="intake-title" className="text-lg font-semibold">
        Intake
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="whitespace-pre-line text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {matched.length > 0 && (
        <div className="mt-3 text-sm">
          <h3 className="font-medium">Why this condition was suggested</h3>
          <ul className="list-disc pl-5">
            {matched.map((m, i) => (
              <li key={`${i}-${m.text}`}>
                &ldquo;{m.text}&rdquo; — {m.why}
              </li>
            ))}
          </ul>
        </div>
      )}
      {sheet.details.rationale && (
        <p className="mt-3 text-sm">
          <span className="font-medium">Rationale of the recommendation: </span>
          {sheet.details.rationale}
        </p>
      )}
    </section>
  );
}
