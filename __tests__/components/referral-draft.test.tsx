/**
 * A saved draft reopened in the intake form (issue 14): everything filled in, the saved condition and
 * dose chosen again after Suggest, and Save sends an edit of that draft. An amendment asks for a reason.
 */
// First, so the intake's server actions are mocked before any module imports them.
import { routerPush as push } from "../support/intake-action-mocks";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createReferralAction } from "@/lib/actions/create-referral";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import type { IntakeInput } from "@/lib/schemas/intake";
import { fibromyalgiaDraft as draft, renderForm, suggestionFor } from "../support/intake-harness";

jest.setTimeout(30_000);

beforeEach(() => {
  push.mockReset();
  jest.mocked(createReferralAction).mockReset();
  jest.mocked(suggestReferralAction).mockImplementation(async (input) => ({ ok: true, data: suggestionFor(input as IntakeInput) }));
});

test("a reopened draft is filled in, gets its condition and dose back after Suggest, and saves as an edit of itself", async () => {
  const user = userEvent.setup();
  renderForm(draft);
  expect(screen.getByTestId("reopened-notice")).toHaveTextContent(/Editing the draft referral for Fibromyalgia saved on 2026-11-30/);
  expect(screen.getByLabelText("Patient name")).toHaveValue("Dana Draft");
  expect(screen.getByLabelText("Complaint")).toHaveValue(draft.intake.complaint);
  expect(screen.getByLabelText("Medications")).toHaveValue("Duloxetine");
  expect(screen.getByLabelText("Functional goals")).toHaveValue("Sleep through the night");

  await user.click(screen.getByRole("button", { name: "Suggest" }));
  expect(await screen.findByRole("heading", { name: "Referral for Fibromyalgia" })).toBeInTheDocument();
  expect(screen.getByLabelText("Sessions per week")).toHaveValue(1.5);
  expect(screen.getByTestId("save-summary")).toHaveTextContent("Fibromyalgia: 3 times every 2 weeks, for 10 weeks (15 sessions)");

  jest.mocked(createReferralAction).mockResolvedValueOnce({ ok: true, data: { id: draft.id } });
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  await waitFor(() => expect(push).toHaveBeenCalledWith(`/referrals/${draft.id}`));
  expect(jest.mocked(createReferralAction).mock.calls[0]?.[0]).toMatchObject({
    edit: { kind: "draft", id: draft.id },
    conditionSlug: "fibromyalgia",
    finalDose: { sessionsPerWeek: 1.5, weeks: 10, totalSessions: 15 },
    intake: { patientName: "Dana Draft", goals: "Sleep through the night" },
  });
});

test("an amendment needs its reason before anything is sent", async () => {
  const user = userEvent.setup();
  renderForm({ ...draft, kind: "amend" });
  expect(screen.getByTestId("reopened-notice")).toHaveTextContent(/the original stays readable and is marked as amended/);
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await screen.findByRole("heading", { name: "Referral for Fibromyalgia" });
  expect(screen.queryByRole("radio", { name: /Draft/ })).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  expect(await screen.findByText(/Give the reason for the amendment/)).toBeInTheDocument();
  expect(createReferralAction).not.toHaveBeenCalled();
  await user.click(screen.getByLabelText("Reason for the amendment"));
  await user.paste("Therapist asked for a longer course");
  jest.mocked(createReferralAction).mockResolvedValueOnce({ ok: true, data: { id: "cmnew" } });
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  await waitFor(() => expect(push).toHaveBeenCalledWith("/referrals/cmnew"));
  expect(jest.mocked(createReferralAction).mock.calls[0]?.[0]).toMatchObject({
    edit: { kind: "amend", id: draft.id, reason: "Therapist asked for a longer course" },
    status: "final",
  });
});
