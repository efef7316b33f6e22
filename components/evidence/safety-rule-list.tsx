import type { SafetyRule, SafetySeverity } from "@/lib/schemas/evidence";

/** Severity words as the evidence reference defines them. */
export const SEVERITY_TEXT: Record<SafetySeverity, string> = {
  defer: "Defer: do not refer now",
  local: "Local: avoid the area",
  modify: "Modify: refer with a technique change or physician approval",
};

const SEVERITY_STYLE: Record<SafetySeverity, string> = {
  defer: "border-red-700 bg-red-50 text-red-900",
  local: "border-amber-700 bg-amber-50 text-amber-900",
  modify: "border-sky-700 bg-sky-50 text-sky-900",
};

export function SafetyRuleList({ rules }: { rules: SafetyRule[] }) {
  return (
    <ul className="space-y-3">
      {rules
        .filter((r) => !r.retired)
        .map((rule) => (
          <li key={rule.code} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-semibold text-slate-900">{rule.label}</h2>
            <p className="text-sm text-slate-700">When the intake says: {rule.finding}</p>
            <p className={`mt-2 inline-block rounded-md border px-2 py-1 text-sm font-semibold ${SEVERITY_STYLE[rule.severity]}`}>
              {SEVERITY_TEXT[rule.severity]}
            </p>
            {rule.severityNote && <p className="mt-1 text-sm text-slate-800">{rule.severityNote}</p>}
            <p className="mt-2 text-slate-900">{rule.guidance}</p>
            <p className="mt-1 text-sm text-slate-700">Source: {rule.source}</p>
          </li>
        ))}
    </ul>
  );
}
