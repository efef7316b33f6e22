"use client";

import dynamic from "next/dynamic";

// Recharts is ~100 kB: its own chunk, fetched after the page is shown and only where a chart is drawn,
// so no route's first-load JavaScript carries it (budget: scripts/check-bundle-budget.ts). Not rendered
// on the server (it measures its container); the table beside it carries the figures meanwhile.
export const LazyScoreChart = dynamic(() => import("./score-chart").then((m) => m.ScoreChart), {
  ssr: false,
  loading: () => <p className="h-64 text-sm text-slate-700">Loading the chart…</p>,
});
