/**
 * "A reload mid-form loses nothing" (issue 14), in each mode of the intake form: a new intake, a draft
 * reopened to finish, a final referral being amended. Each autosaves the intake AND the referral choice
 * (condition, the dose as edited, the override reason and note, the amendment's reason), scoped to the
 * referral being edited; after a reload "Restore" brings all of it back and Save sends it. The reload is
 * an unmount and a fresh form given what the autosave stored, as the intake page gives it.
 */
// First, so the intake's server actions are mocked before any module imports them.
import { routerPush as push } from "../support/intake-action-mocks";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createReferralAction } from "@/lib/actions/create-referral";
import { saveIntakeDraftAction } from "@/lib/actions/save-intake-draft";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import { autosavedForm } from "@/lib/domain/referral/autosaved-form";
import type { ReferralEditStart } from "@/lib/domain/referral/edit-start";
import type { IntakeInput } from "@/lib/schemas/intake";
import { fibromyalgiaDraft, fillIntake, renderForm, suggestionFor } from "../support/intake-harness";

jest.setTimeout(40_000);

type User = ReturnType<typeof userEvent.setup>;

const saved: ReferralEditStart = { ...fibromyalgiaDraft, id: "cmsaved0001" };

beforeEach(() => {
  push.mockReset();
  jest.mocked(saveIntakeDraftAction).mockClear();
  jest.mocked(createReferralAction).mockReset();
  jest.mocked(suggestReferralAction).mockReset();
  jest.mocked(suggestReferralAction).mockImplementation(async (input) => ({ ok: true, data: suggestionFor(input as IntakeInput) }));
});

function lastAutosave(): Record<string, unknown> {
  return (jest.mocked(saveIntakeDraftAction).mock.calls.at(-1)?.[0] ?? {}) as Record<string, unknown>;
}

/** Waits until the debounced autosave has sent what `expected` describes. */
async function autosaved(expected: Record<string, unknown>) {
  await waitFor(() => expect(lastAutosave()).toMatchObject(expected), { timeout: 5000 });
}

/** The reload: the page is gone; the new page gets back what the server stored (as the action stores it). */
function reload(unmount: () => void, start?: ReferralEditStart) {
  const { intake, choice } = lastAutosave();
  unmount();
  const values = autosavedForm(JSON.parse(JSON.stringify({ intake, choice: choice ?? {} })));
  return renderForm(start, { id: "draft-1", updatedAt: "2026-12-03T15:00:00.000Z", patientName: values.intake.patientName, values });
}

/** A change from the suggested dose, with its reason and note. */
async function changeDose(user: User, field: string, value: string) {
  const input = screen.getByLabelText(field);
  await user.clear(input);
  await user.type(input, value);
  await user.selectOptions(await screen.findByLabelText("Reason"), "cost-or-access");
  await user.click(screen.getByLabelText("Explain the change"));
  await user.paste("Insurance covers 45-minute visits only");
}

test("new intake: the chosen condition, the edited dose and its reason survive a reload and are saved", async () => {
  const user = userEvent.setup();
  const first = renderForm();
  await fillIntake(user);
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await user.click(await screen.findByRole("button", { name: "Refer for Knee osteoarthritis" }));
  await changeDose(user, "Minutes per session", "45");
  await autosaved({
    referral: null,
    intake: { patientName: "Alex Example" },
    choice: {
      conditionSlug: "knee-osteoarthritis",
      finalDose: { minutesPerSession: 45 },
      overrideReason: "cost-or-access",
      overrideNote: "Insurance covers 45-minute visits only",
    },
  });

  reload(first.unmount);
  expect(screen.getByRole("heading", { name: /^Unsaved intake from/ })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Restore the intake" }));
  // Suggest runs again by itself and the condition is chosen with the dose as it was edited.
  expect(await screen.findByRole("heading", { name: "Referral for Knee osteoarthritis" })).toBeInTheDocument();
  expect(screen.getByLabelText("Patient name")).toHaveValue("Alex Example");
  expect(screen.getByLabelText("Minutes per session")).toHaveValue(45);
  expect(screen.getByLabelText("Reason")).toHaveValue("cost-or-access");
  expect(screen.getByLabelText("Explain the change")).toHaveValue("Insurance covers 45-minute visits only");
  expect(screen.getByTestId("save-summary")).toHaveTextContent(/Knee osteoarthritis: 45-minute sessions/);

  jest.mocked(createReferralAction).mockResolvedValueOnce({ ok: true, data: { id: "cmnew1" } });
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  await waitFor(() => expect(push).toHaveBeenCalledWith("/referrals/cmnew1"));
  expect(jest.mocked(createReferralAction).mock.calls[0]?.[0]).toMatchObject({
    conditionSlug: "knee-osteoarthritis",
    finalDose: { minutesPerSession: 45 },
    overrideReason: "cost-or-access",
    overrideNote: "Insurance covers 45-minute visits only",
    intake: { patientName: "Alex Example" },
  });
  expect((jest.mocked(createReferralAction).mock.calls[0]?.[0] as { edit?: unknown }).edit).toBeUndefined();
});

test("reopened draft: it autosaves as edits of that draft (not when merely reopened), and a reload restores them", async () => {
  const user = userEvent.setup();
  const first = renderForm(saved);
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await screen.findByRole("heading", { name: "Referral for Fibromyalgia" });
  // Reopening and re-choosing the saved condition changes nothing, so nothing is autosaved.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(saveIntakeDraftAction).not.toHaveBeenCalled();

  await user.click(screen.getByLabelText("Medications"));
  await user.paste(", pregabalin");
  await changeDose(user, "Number of weeks", "12");
  await user.click(screen.getByRole("radio", { name: "Draft" }));
  await autosaved({
    referral: { kind: "draft", id: saved.id },
    intake: { medications: "Duloxetine, pregabalin" },
    choice: { conditionSlug: "fibromyalgia", finalDose: { sessionsPerWeek: 1.5, weeks: 12, totalSessions: 18 }, status: "draft" },
  });

  reload(first.unmount, saved);
  expect(screen.getByRole("heading", { name: /^Unsaved changes to this draft from/ })).toBeInTheDocument();
  // Before Restore, the form shows the draft as saved.
  expect(screen.getByLabelText("Medications")).toHaveValue("Duloxetine");
  await user.click(screen.getByRole("button", { name: "Restore the changes" }));
  expect(await screen.findByRole("heading", { name: "Referral for Fibromyalgia" })).toBeInTheDocument();
  expect(screen.getByLabelText("Medications")).toHaveValue("Duloxetine, pregabalin");
  expect(screen.getByLabelText("Number of weeks")).toHaveValue(12);
  expect(screen.getByLabelText("Total sessions")).toHaveValue(18);
  expect(screen.getByLabelText("Reason")).toHaveValue("cost-or-access");
  expect(screen.getByRole("radio", { name: "Draft" })).toBeChecked();

  jest.mocked(createReferralAction).mockResolvedValueOnce({ ok: true, data: { id: saved.id } });
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  await waitFor(() => expect(push).toHaveBeenCalledWith(`/referrals/${saved.id}`));
  expect(jest.mocked(createReferralAction).mock.calls[0]?.[0]).toMatchObject({
    edit: { kind: "draft", id: saved.id },
    status: "draft",
    finalDose: { sessionsPerWeek: 1.5, weeks: 12, totalSessions: 18 },
    overrideReason: "cost-or-access",
    intake: { medications: "Duloxetine, pregabalin" },
  });
});

test("amendment: the typed reason and the changed dose autosave against that referral and come back after a reload", async () => {
  const user = userEvent.setup();
  const amend: ReferralEditStart = { ...saved, kind: "amend", id: "cmfinal0001" };
  const first = renderForm(amend);
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await screen.findByRole("heading", { name: "Referral for Fibromyalgia" });
  await changeDose(user, "Number of weeks", "12");
  await user.click(screen.getByLabelText("Reason for the amendment"));
  await user.paste("Therapist asked for shorter sessions");
  await autosaved({
    referral: { kind: "amend", id: amend.id },
    choice: { finalDose: { weeks: 12, totalSessions: 18 }, amendReason: "Therapist asked for shorter sessions" },
  });

  reload(first.unmount, amend);
  expect(screen.getByRole("heading", { name: /^Unsaved amendment from/ })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Restore the changes" }));
  expect(await screen.findByRole("heading", { name: "Referral for Fibromyalgia" })).toBeInTheDocument();
  expect(screen.getByLabelText("Reason for the amendment")).toHaveValue("Therapist asked for shorter sessions");
  expect(screen.getByLabelText("Number of weeks")).toHaveValue(12);
  expect(screen.getByLabelText("Explain the change")).toHaveValue("Insurance covers 45-minute visits only");

  jest.mocked(createReferralAction).mockResolvedValueOnce({ ok: true, data: { id: "cmamended" } });
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  await waitFor(() => expect(push).toHaveBeenCalledWith("/referrals/cmamended"));
  expect(jest.mocked(createReferralAction).mock.calls[0]?.[0]).toMatchObject({
    edit: { kind: "amend", id: amend.id, reason: "Therapist asked for shorter sessions" },
    status: "final",
    finalDose: { weeks: 12, totalSessions: 18 },
  });
});
