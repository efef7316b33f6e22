/** A table's header row: one column heading per label, announced with every cell below it. */
export function ColumnHeadings({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-400">
        {labels.map((h) => (
          <th key={h} scope="col" className="px-2 py-1 font-semibold">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
