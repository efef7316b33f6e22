/**
 * The intake workflow under Testing Library: the real form with the suggestion actions answered by the
 * real domain code on the seed evidence (the test files mock the action modules themselves).
 */
import type { ComponentProps } from "react";
import { render, screen } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { IntakeWorkflow } from "@/components/intake/intake-workflow";
import type { ChecklistRule } from "@/components/intake/form-model";
import type { SuggestReferralData } from "@/lib/actions/suggest-shared";
import { buildMatcherIndex, matchComplaint, toMatcherConditions } from "@/lib/domain/matcher";
import type { ReferralEditStart } from "@/lib/domain/referral/edit-start";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";
import { buildSuggestions } from "@/lib/domain/referral/suggest";
import type { IntakeInput } from "@/lib/schemas/intake";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

const rules: ChecklistRule[] = seedEvidence.safetyRules.map((r) => ({
  code: r.code,
  label: r.label,
  finding: r.finding,
  severity: r.severity,
  guidance: r.guidance,
}));
const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));

/** What the real action would answer, computed with the real domain code on the seed evidence. */
export function suggestionFor(intake: IntakeInput): SuggestReferralData {
  const snapshot = { versionId: "v1", versionNumber: 1, content: seedEvidence };
  const result = buildSuggestions({ snapshot, match: matchComplaint(index, intake.complaint), intake });
  return {
    ...result,
    evidenceVersion: { id: "v1", number: 1 },
    intakeFingerprint: intakeFingerprint(intake),
    conditions: seedEvidence.conditions.map((c) => ({ slug: c.slug, name: c.name })),
  };
}

/** The form as the intake page renders it: new, or reopening `start`; with an autosave to offer back. */
export function renderForm(start?: ReferralEditStart, autosaved?: ComponentProps<typeof IntakeWorkflow>["autosaved"]) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: 0 } } });
  return render(
    <QueryClientProvider client={client}>
      <IntakeWorkflow rules={rules} start={start} autosaved={autosaved} />
    </QueryClientProvider>,
  );
}

export async function fillIntake(user: ReturnType<typeof userEvent.setup>, complaint = "62F bilat knee OA, pain worse on stairs x2y") {
  await user.click(screen.getByLabelText("Patient name"));
  await user.paste("Alex Example");
  await user.type(screen.getByLabelText("Date of birth"), "1970-04-12");
  await user.selectOptions(screen.getByLabelText("Sex"), "female");
  await user.click(screen.getByLabelText("Complaint"));
  await user.paste(complaint);
}

/** A saved fibromyalgia draft as the intake page passes it to the form (a ranged dose, chosen as 1.5/week). */
export const fibromyalgiaDraft: ReferralEditStart = {
  kind: "draft",
  id: "cmdraft0001",
  createdAt: "2026-11-30",
  intake: {
    patientName: "Dana Draft",
    dateOfBirth: "1966-02-03",
    sex: "female",
    mrn: "MRN-77",
    pregnant: false,
    pregnancyWeeks: null,
    prenatalTrainedTherapist: false,
    complaint: "fibromyalgia dx 2018, widespread pain and poor sleep",
    painLocations: ["neck"],
    duration: "8 years",
    painIntensity: 7,
    goals: "Sleep through the night",
    safetyFindings: [],
    dismissedFindings: [],
    medications: "Duloxetine",
    notes: "Prefers female therapist",
  },
  conditionSlug: "fibromyalgia",
  conditionName: "Fibromyalgia",
  finalDose: { minutesPerSession: null, sessionsPerWeek: 1.5, weeks: 10, totalSessions: 15 },
  overrideReason: null,
  overrideNote: "",
  deferOverrideNote: "",
};
