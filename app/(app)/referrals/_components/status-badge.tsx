import { referralStatusLabels, type ReferralStatus } from "@/lib/schemas/labels/referral";

// Dark text on pale fills: every pair is above 4.5:1 (WCAG 1.4.3).
const tone: Record<ReferralStatus, string> = {
  draft: "bg-slate-100 text-slate-800 border-slate-400",
  final: "bg-blue-50 text-blue-900 border-blue-300",
  sent: "bg-amber-50 text-amber-900 border-amber-300",
  completed: "bg-green-50 text-green-900 border-green-300",
  cancelled: "bg-red-50 text-red-900 border-red-300",
  amended: "bg-purple-50 text-purple-900 border-purple-300",
};

export function StatusBadge({ status }: { status: ReferralStatus }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${tone[status]}`}>{referralStatusLabels[status]}</span>
  );
}
