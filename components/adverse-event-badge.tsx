import Link from "next/link";

/**
 * The referring clinician's alert: unacknowledged moderate or severe adverse events reported by
 * therapists (lib/data/adverse-alerts.ts countOpenAdverseAlerts, one indexed count per page load). A
 * server component: no JavaScript is shipped for it. Nothing is shown at 0.
 */
export function AdverseEventBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  const label = count === 1 ? "1 adverse event needs attention" : `${count} adverse events need attention`;
  return (
    <Link
      href="/referrals/attention"
      aria-label={label}
      title={label}
      className="inline-flex items-center gap-1 rounded-full bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800 focus:outline-none focus:ring-2 focus:ring-white"
    >
      <span aria-hidden="true">⚠</span>
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
    </Link>
  );
}
