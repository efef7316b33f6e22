"use client";

import dynamic from "next/dynamic";

// The form (react-hook-form, zod) is its own chunk: still rendered on the server, so the page shows it at
// once, but its code is not part of the page's first load (budget: docs/performance.md).
export const ChangePasswordForm = dynamic(() => import("./change-password-form").then((m) => m.ChangePasswordForm));
export const NewRecoveryCodesForm = dynamic(() => import("../two-step/new-recovery-codes-form").then((m) => m.NewRecoveryCodesForm));
