/** Building blocks shared by the therapist and patient copies: a titled section and a bullet list. */
export function SheetSection({ title, children, id }: { title: string; children: React.ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id} className="sheet-section mt-4">
      <h3 id={id} className="border-b border-slate-300 pb-0.5 text-base font-semibold text-slate-900">
        {title}
      </h3>
      <div className="mt-1 text-sm text-slate-900">{children}</div>
    </section>
  );
}

export function SheetList({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {items.map((item, i) => (
        <li key={`${i}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}

/** A label/value row; values are rendered as text nodes, so script payloads stay text. */
export function SheetField({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="min-w-32 font-medium text-slate-700">{label}</dt>
      <dd className="text-slate-900">{value}</dd>
    </div>
  );
}

/** "DRAFT — not a referral" / "CANCELLED" as a banner at the top of each copy of a sheet not in force. */
export function StatusMark({ mark }: { mark: string | null }) {
  if (!mark) return null;
  return (
    <p className="mb-3 border-4 border-red-800 p-2 text-center text-2xl font-black tracking-wide text-red-800" data-testid="status-mark">
      {mark}
    </p>
  );
}

/** "AMENDMENT — version 2, replaces referral …" at the top of each copy of an amendment (a referral in force). */
export function AmendmentMark({ mark }: { mark: string | null }) {
  if (!mark) return null;
  return (
    <p
      className="mb-3 border-4 border-purple-800 p-2 text-center text-xl font-black tracking-wide text-purple-900"
      data-testid="amendment-mark"
    >
      {mark}
    </p>
  );
}

/**
 * The same mark, large and faint, on every printed page: a position:fixed element is repeated on each
 * page by the browser's print layout (referral-print.css shows it only in print).
 */
export function StatusWatermark({ mark }: { mark: string | null }) {
  if (!mark) return null;
  return (
    <p aria-hidden="true" className="sheet-status-watermark">
      {mark}
    </p>
  );
}
