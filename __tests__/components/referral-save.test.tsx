/**
 * The Save area (issue 14, defects 2, 4 and 9): what will be saved is said beside the button, a stale
 * suggestion blocks Save with the reason right there, ranges start empty, the total follows frequency ×
 * weeks, focus lands on the suggestions after Suggest, and an over-long complaint is reported, not cut.
 */
// First, so the intake's server actions are mocked before any module imports them.
import { routerPush as push } from "../support/intake-action-mocks";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createReferralAction } from "@/lib/actions/create-referral";
import { saveIntakeDraftAction } from "@/lib/actions/save-intake-draft";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import type { IntakeInput } from "@/lib/schemas/intake";
import { fillIntake, renderForm, suggestionFor } from "../support/intake-harness";

jest.setTimeout(30_000);

beforeEach(() => {
  push.mockReset();
  jest.mocked(createReferralAction).mockReset();
  jest.mocked(saveIntakeDraftAction).mockClear();
  jest.mocked(suggestReferralAction).mockReset();
  jest.mocked(suggestReferralAction).mockImplementation(async (input) => ({ ok: true, data: suggestionFor(input as IntakeInput) }));
});

const LBP = "chronic non-specific low back pain for 2 years, desk job";

test("defect 4: after the complaint changes, Save is blocked with the reason beside it and nothing is sent", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user, LBP);
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await user.click(await screen.findByRole("button", { name: "Refer for Chronic (or subacute) non-specific low back pain" }));
  expect(screen.getByTestId("save-summary")).toHaveTextContent(
    "Will be saved: Chronic (or subacute) non-specific low back pain: 60-minute sessions, once a week, for 10 weeks (10 sessions)",
  );
  const save = screen.getByRole("button", { name: "Save referral" });
  expect(save).not.toHaveAttribute("aria-disabled");

  const complaint = screen.getByLabelText("Complaint");
  await user.clear(complaint);
  await user.click(complaint);
  await user.paste("fibromyalgia");
  expect(save).toHaveAttribute("aria-disabled", "true");
  expect(save).toHaveAccessibleDescription(expect.stringMatching(/Saving is blocked\. The intake changed after the suggestion was made/));
  await user.click(save);
  expect(createReferralAction).not.toHaveBeenCalled();

  // Suggest again: the chosen card is gone (fibromyalgia matched instead), so a fresh choice is needed.
  await user.click(screen.getByRole("button", { name: "Suggest again" }));
  await user.click(await screen.findByRole("button", { name: "Refer for Fibromyalgia" }));
  expect(screen.getByRole("button", { name: "Save referral" })).not.toHaveAttribute("aria-disabled");
});

test("defect 2: a ranged figure starts empty and says so; the total follows frequency × weeks", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user, "fibromyalgia dx 2018, widespread pain and poor sleep");
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await user.click(await screen.findByRole("button", { name: "Refer for Fibromyalgia" }));
  const perWeek = screen.getByLabelText("Sessions per week");
  expect(perWeek).toHaveValue(null);
  expect(perWeek).toHaveAccessibleDescription(/The evidence gives 1 to 2 sessions: enter the figure for this patient/);
  await user.type(perWeek, "1");
  const total = screen.getByLabelText("Total sessions");
  await waitFor(() => expect(total).toHaveValue(10));
  expect(total).toHaveAttribute("readonly");
  expect(screen.getByTestId("save-summary")).toHaveTextContent("Once a week, for 10 weeks (10 sessions)");
  await user.clear(perWeek);
  await user.type(perWeek, "1.5");
  await waitFor(() => expect(total).toHaveValue(15));
  expect(screen.getByTestId("save-summary")).toHaveTextContent("3 times every 2 weeks, for 10 weeks (15 sessions)");
});

test("after Suggest, focus moves to the suggestions and the count is announced", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user, LBP);
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  const heading = await screen.findByRole("heading", { name: "Suggestions" });
  await waitFor(() => expect(heading).toHaveFocus());
  expect(screen.getAllByRole("status").some((s) => /suggestions? found/.test(s.textContent ?? ""))).toBe(true);
});

test("defect 9: a 3,000-character complaint is kept whole and reported before Suggest; the date hint matches the field", async () => {
  const user = userEvent.setup();
  renderForm();
  const complaint = screen.getByLabelText("Complaint");
  await user.click(complaint);
  await user.paste("x".repeat(3000));
  expect(complaint).toHaveValue("x".repeat(3000));
  expect(screen.getByTestId("complaint-length")).toHaveTextContent(
    "3,000 characters: 1,000 over the 2,000 limit. Shorten it before suggesting; nothing has been cut.",
  );
  expect(within(screen.getByRole("region", { name: "Patient" })).getByLabelText("Date of birth")).not.toHaveAccessibleDescription(
    /YYYY-MM-DD/,
  );
});

test("nothing typed is lost: the intake autosaves on the server after a pause, and leaving asks first", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user, LBP);
  await waitFor(() => expect(saveIntakeDraftAction).toHaveBeenCalled(), { timeout: 4000 });
  const calls = jest.mocked(saveIntakeDraftAction).mock.calls;
  // Debounced: a burst of typing is one save (or a few), not one per keystroke.
  expect(calls.length).toBeLessThan(4);
  expect(calls.at(-1)?.[0]).toMatchObject({ intake: { patientName: "Alex Example", complaint: LBP } });
  expect(await screen.findByTestId("autosave-status")).toHaveTextContent(/Intake autosaved at/);
  // Nothing of the intake in the browser's storage or the URL.
  expect(JSON.stringify({ ...window.localStorage })).not.toContain("Alex");
  expect(window.location.href).not.toContain("Alex");
  const leaving = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(leaving);
  expect(leaving.defaultPrevented).toBe(true);
});
