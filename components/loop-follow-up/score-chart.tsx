"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ScoreRow } from "@/lib/domain/loop-follow-up/score-series";

/**
 * Pain and PEG over the course, drawn with Recharts. Loaded only on the referral page, in its own chunk
 * (score-chart-lazy.tsx). The same rows are in the table beside it, so the chart is a picture of the
 * table for sighted users; it is labelled as such rather than read point by point.
 */
export function ScoreChart({ rows }: { rows: ScoreRow[] }) {
  const data = rows.map((r) => ({ label: `${r.date}${r.timepoint ? ` (${r.timepoint})` : ""}`, pain: r.pain, peg: r.peg }));
  return (
    <div
      role="img"
      aria-label="Chart of pain and PEG scores over time; the same figures are in the table of outcome scores"
      className="h-64 w-full"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fontSize: 12, fill: "#334155" }} width={32} />
          <Tooltip />
          <Legend />
          {/* Colour plus a different dash and marker, so the two lines differ without colour vision. */}
          <Line
            type="linear"
            dataKey="pain"
            name="Pain (0-10)"
            stroke="#1e40af"
            strokeWidth={2}
            dot={{ r: 4 }}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="peg"
            name="PEG mean (0-10)"
            stroke="#b45309"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={{ r: 4, strokeWidth: 2 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
