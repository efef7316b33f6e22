"use client";

import dynamic from "next/dynamic";

// The forms (react-hook-form, zod) are their own chunks: still rendered on the server, so the page shows
// them at once, but their code is not part of the page's first load (budget: docs/performance.md).
export const CreateUserForm = dynamic(() => import("./create-user-form").then((m) => m.CreateUserForm));
export const ResetPasswordForm = dynamic(() => import("./reset-password-form").then((m) => m.ResetPasswordForm));
export const ResetTwoStepForm = dynamic(() => import("./reset-two-step-form").then((m) => m.ResetTwoStepForm));
export const TwoStepPolicyForm = dynamic(() => import("./two-step-policy-form").then((m) => m.TwoStepPolicyForm));
export const TherapistForm = dynamic(() => import("../therapists/therapist-form").then((m) => m.TherapistForm));
