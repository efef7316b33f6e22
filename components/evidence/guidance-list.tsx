import type { GuidanceView } from "@/lib/domain/evidence/evidence-profile";

const KIND_TEXT: Record<GuidanceView["kind"], string> = {
  conflicting: "Conflicting evidence or guidance",
  qualifying: "Qualifying guidance",
};

/** Guidance that disagrees with or limits the suggestion, shown in full beside it (never behind a click). */
export function GuidanceList({ items, headingLevel = 4 }: { items: GuidanceView[]; headingLevel?: 3 | 4 }) {
  if (items.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <section className="rounded-md border border-amber-500 bg-amber-50 p-3 text-amber-950" aria-label="Conflicting or qualifying guidance">
      <Heading className="font-semibold">What else the evidence says</Heading>
      <ul className="mt-1 space-y-2">
        {items.map((g) => (
          <li key={`${g.source}-${g.text}`}>
            <p>
              <strong>{KIND_TEXT[g.kind]}</strong> — {g.source}: {g.text}
            </p>
            <p className="text-xs">{g.checkedText}.</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
