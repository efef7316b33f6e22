import type { SafetyItem } from "@/lib/domain/referral/safety-screen";

/**
 * The safety screen deferred this patient: say so first, with what to do instead. Saving stays possible
 * only with a written override (in the referral section), which is recorded and printed.
 */
export function DeferBanner({ items }: { items: SafetyItem[] }) {
  if (items.length === 0) return null;
  return (
    <div role="alert" className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <h3 className="text-lg font-semibold">Do not refer now: the safety screen defers this patient</h3>
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item.code}>
            <p className="font-semibold">
              {item.label}
              {item.severityNote ? ` (${item.severityNote})` : ""}
            </p>
            <p>What to do instead: {item.guidance}</p>
            <p className="text-sm">Why: {item.triggers.join("; ")}. Source: {item.source}.</p>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        If you still judge massage appropriate, choose a condition below and record your reason for overriding the safety screen before saving.
      </p>
    </div>
  );
}
