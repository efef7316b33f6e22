"use client";

import dynamic from "next/dynamic";

// Its own chunk, fetched after the page is shown: /referrals/[id] is at its first-load JavaScript budget
// (scripts/check-bundle-budget.ts), and only a final referral not yet with a therapist needs the chooser.
export const LazyTherapistChooser = dynamic(() => import("./therapist-chooser").then((m) => m.TherapistChooser), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-700">Loading the therapists…</p>,
});
