import type { MatchSpan } from "@/lib/domain/matcher/types";

/** The complaint with the words that matched highlighted, and why each one counts. */
export function MatchedWords({ complaint, spans }: { complaint: string; spans: MatchSpan[] }) {
  if (spans.length === 0)
    return <p className="text-sm text-slate-700">Chosen by you from the evidence base (no words of the complaint matched).</p>;
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  ordered.forEach((span, i) => {
    // Overlapping spans (a phrase inside a longer one) are listed below but highlighted once.
    if (span.start < at || span.end > complaint.length) return;
    if (span.start > at) parts.push(complaint.slice(at, span.start));
    parts.push(
      <mark key={`${span.start}-${i}`} className="rounded bg-yellow-200 px-0.5 text-slate-900">
        {complaint.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  });
  if (at < complaint.length) parts.push(complaint.slice(at));

  return (
    <div className="space-y-1 text-sm">
      <p className="rounded-md bg-slate-50 p-2 text-slate-900">{parts}</p>
      <ul className="list-disc pl-5 text-slate-800">
        {ordered.map((span, i) => (
          <li key={`${span.start}-${span.end}-${i}`}>
            “{span.text}”: {span.why}
          </li>
        ))}
      </ul>
    </div>
  );
}
