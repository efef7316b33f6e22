import type { Certainty } from "@/lib/schemas/evidence";

// Dark text on a pale tint: each pair is above 7:1, and the word itself carries the meaning, not the colour.
const STYLES: Record<Certainty, string> = {
  high: "bg-green-100 text-green-900 border-green-700",
  moderate: "bg-sky-100 text-sky-900 border-sky-700",
  low: "bg-amber-100 text-amber-900 border-amber-700",
  "very low": "bg-red-100 text-red-900 border-red-700",
};

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold ${STYLES[certainty]}`}>
      {certainty.charAt(0).toUpperCase() + certainty.slice(1)} certainty
    </span>
  );
}
