"use client";

import dynamic from "next/dynamic";

// The curation forms (react-hook-form, zod) are their own chunks: still rendered on the server, so the
// page shows them at once, but their code is not part of the page's first load (docs/performance.md).
export const ConditionForm = dynamic(() => import("./condition-form").then((m) => m.ConditionForm));
export const StudyForm = dynamic(() => import("./study-form").then((m) => m.StudyForm));
export const RecommendationForm = dynamic(() => import("./recommendation-form").then((m) => m.RecommendationForm));
export const SafetyRuleForm = dynamic(() => import("./safety-rule-form").then((m) => m.SafetyRuleForm));
export const RestoreVersionForm = dynamic(() => import("./restore-version-form").then((m) => m.RestoreVersionForm));
