"use client";

import dynamic from "next/dynamic";

// The therapist's forms (react-hook-form, zod, TanStack Query) are their own chunks: still rendered on the
// server, so the page shows them at once, but their code is not part of the page's first load (budget:
// docs/performance.md; imported directly, /therapist/referrals/[dispatchId] weighed 208 kB and
// /invite/[token] 202 kB against 160). Same pattern as components/two-step/lazy-forms.tsx.
export const InvitationForm = dynamic(() => import("./invitation-form").then((m) => m.InvitationForm));
export const RespondForm = dynamic(() => import("./respond-form").then((m) => m.RespondForm));
export const SessionForm = dynamic(() => import("./session-form").then((m) => m.SessionForm));
export const ScoresForm = dynamic(() => import("./scores-form").then((m) => m.ScoresForm));
export const DischargeForm = dynamic(() => import("./discharge-form").then((m) => m.DischargeForm));
