import type { SafetyItem } from "@/lib/domain/referral/safety-screen";
import { DEFER_ADVICE, EMERGENCY_ADVICE } from "@/lib/domain/referral/sheet-precautions";

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function FindingList({ items }: { items: SafetyItem[] }) {
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.code}>
          <p className="font-semibold">
            {item.label}
            {item.severityNote ? ` (${item.severityNote})` : ""}
          </p>
          <p>What to do instead: {item.guidance}</p>
          <p className="text-sm">
            Why: {item.triggers.join("; ")}. Source: {item.source}.
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The safety screen stopped this referral: say so first, with what to do instead. An emergency finding
 * is called an emergency (emergency assessment today), a defer finding "do not refer now" — the same
 * words the sheet prints when a clinician overrides either (sheet-precautions.ts), never "urgent" for
 * one and "emergency" for the other. Saving stays possible only with a written override (in the
 * referral section), which is recorded and printed.
 */
export function DeferBanner({ items }: { items: SafetyItem[] }) {
  if (items.length === 0) return null;
  const emergencies = items.filter((i) => i.severity === "emergency");
  const deferred = items.filter((i) => i.severity !== "emergency");
  return (
    <div role="alert" className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <h3 className="text-lg font-semibold">
        {emergencies.length > 0
          ? "Emergency: do not refer. The safety screen found an emergency red flag"
          : "Do not refer now: the safety screen defers this patient"}
      </h3>
      {emergencies.length > 0 && (
        <section aria-label="Emergency findings" className="space-y-2">
          <p className="font-semibold">Emergency — {EMERGENCY_ADVICE}:</p>
          <FindingList items={emergencies} />
        </section>
      )}
      {deferred.length > 0 && (
        <section aria-label="Deferred findings" className="space-y-2">
          <p className="font-semibold">{capitalised(DEFER_ADVICE)}:</p>
          <FindingList items={deferred} />
        </section>
      )}
      <p className="text-sm">
        If you still judge massage appropriate, choose a condition below and record your reason for overriding the safety screen before
        saving.
      </p>
    </div>
  );
}
