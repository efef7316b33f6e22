import type { ReactNode } from "react";

export interface SimpleColumn<Row> {
  heading: string;
  cell: (row: Row) => ReactNode;
}

/**
 * A plain list table (column headings with scope="col", one row per item), or a sentence when there
 * are no items. For short lists that are read whole, such as the therapist directory.
 */
export function SimpleTable<Row>({
  columns,
  rows,
  rowKey,
  empty,
}: {
  columns: SimpleColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  empty: string;
}) {
  if (rows.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          {columns.map((column) => (
            <th key={column.heading} scope="col" className="p-2">
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-slate-200 align-top">
            {columns.map((column) => (
              <td key={column.heading} className="p-2">
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
