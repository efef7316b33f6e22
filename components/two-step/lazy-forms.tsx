"use client";

import dynamic from "next/dynamic";

// The forms (react-hook-form, zod, TanStack Query) are their own chunks: still rendered on the server, so
// the page shows them at once, but their code is not part of the page's first load (budget:
// docs/performance.md; without this, /login/two-step and /two-step/setup weighed 200 kB against 160).
export const SecondFactorForm = dynamic(() => import("./second-factor-form").then((m) => m.SecondFactorForm));
export const TwoStepSetupForm = dynamic(() => import("./two-step-setup-form").then((m) => m.TwoStepSetupForm));
