// First, so the intake's server actions are mocked before any module imports them.
import "../support/intake-action-mocks";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { screenIntakeTextAction } from "@/lib/actions/screen-intake-text";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import type { IntakeInput } from "@/lib/schemas/intake";
import { fillIntake, renderForm, suggestionFor } from "../support/intake-harness";

jest.setTimeout(30_000);

beforeEach(() => {
  jest.mocked(suggestReferralAction).mockReset();
  jest.mocked(suggestReferralAction).mockImplementation(async (input) => ({ ok: true, data: suggestionFor(input as IntakeInput) }));
});

// The form screens the text 500 ms after the last keystroke; the first screen compiles the rules' patterns.
const SCREENED = { timeout: 5000 };
const bleedingBox = () => screen.getByRole("checkbox", { name: /Bleeding risk/ });
const REASON = /Why Bleeding risk does not apply now/;

async function typeMedications(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText("Medications"));
  await user.paste(text);
}

test("'on apixaban' typed in the medications ticks the bleeding box and shows the words beside it", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  expect(bleedingBox()).not.toBeChecked();
  await typeMedications(user, "on apixaban 5 mg twice daily");
  await waitFor(() => expect(bleedingBox()).toBeChecked(), SCREENED);
  expect(bleedingBox()).toHaveAccessibleDescription("Found in the text: 'apixaban' (medications)");
  // Unrelated boxes stay as they were.
  expect(screen.getByRole("checkbox", { name: /Deep vein thrombosis/ })).not.toBeChecked();
});

test("negated text ticks nothing: 'no anticoagulants'", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  await typeMedications(user, "no anticoagulants, paracetamol only");
  await waitFor(
    () =>
      expect(screenIntakeTextAction).toHaveBeenLastCalledWith(
        expect.objectContaining({ medications: "no anticoagulants, paracetamol only" }),
      ),
    SCREENED,
  );
  await waitFor(() => expect(jest.mocked(screenIntakeTextAction).mock.results.at(-1)?.value).resolves.toMatchObject({ ok: true }));
  expect(bleedingBox()).not.toBeChecked();
  expect(screen.queryByText(/Found in the text/)).not.toBeInTheDocument();
});

test("unticking a finding from the text asks for a reason (labelled, focused, error tied to it), then the screen no longer applies it", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  await typeMedications(user, "apixaban 5 mg");
  await waitFor(() => expect(bleedingBox()).toBeChecked(), SCREENED);

  await user.click(bleedingBox());
  expect(bleedingBox()).not.toBeChecked();
  const reason = screen.getByLabelText(REASON);
  expect(reason).toHaveFocus();

  // No reason: Suggest is refused on the field, with the message read with it.
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await waitFor(() => expect(reason).toHaveAttribute("aria-invalid", "true"));
  expect(reason).toHaveAccessibleDescription(expect.stringContaining("Say why this finding does not apply"));
  expect(suggestReferralAction).not.toHaveBeenCalled();

  await user.click(reason);
  await user.paste("Apixaban was stopped three months ago");
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await waitFor(() => expect(suggestReferralAction).toHaveBeenCalled());
  const sent = jest.mocked(suggestReferralAction).mock.calls[0]?.[0] as IntakeInput;
  expect(sent.dismissedFindings).toEqual([{ code: "bleeding", reason: "Apixaban was stopped three months ago" }]);
  expect(sent.safetyFindings).not.toContain("bleeding");
  // What the screen does with it (the real domain code): set aside with its reason, not applied; without it, applied.
  const bleeding = (intake: IntakeInput) => (suggestionFor(intake).cards[0]?.precautions ?? []).some((p) => /Bleeding risk/.test(p));
  expect(bleeding(sent)).toBe(false);
  expect(bleeding({ ...sent, dismissedFindings: [] })).toBe(true);
  expect(suggestionFor(sent).cards[0]?.dismissedFindings).toEqual([
    { code: "bleeding", label: "Bleeding risk", reason: "Apixaban was stopped three months ago", words: ["apixaban"] },
  ]);
  expect(await screen.findByRole("heading", { name: /Suggestions/i })).toBeInTheDocument();
});

test("ticking the box again takes the reason back; keyboard alone can untick and reach the reason", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  await typeMedications(user, "Eliquis");
  await waitFor(() => expect(bleedingBox()).toBeChecked(), SCREENED);
  bleedingBox().focus();
  await user.keyboard(" ");
  expect(screen.getByLabelText(REASON)).toHaveFocus();
  await user.keyboard("taken for one week only, finished");
  await user.tab({ shift: true });
  expect(bleedingBox()).toHaveFocus();
  await user.keyboard(" ");
  expect(bleedingBox()).toBeChecked();
  expect(screen.queryByLabelText(REASON)).not.toBeInTheDocument();
});

test("a reason is dropped when the words leave the text, and an emergency in the text has no box to untick", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  await typeMedications(user, "apixaban");
  await waitFor(() => expect(bleedingBox()).toBeChecked(), SCREENED);
  await user.click(bleedingBox());
  expect(screen.getByLabelText(REASON)).toBeInTheDocument();
  await user.clear(screen.getByLabelText("Medications"));
  await waitFor(() => expect(screen.queryByLabelText(REASON)).not.toBeInTheDocument(), SCREENED);
  expect(bleedingBox()).not.toBeChecked();

  await user.click(screen.getByLabelText("Notes"));
  await user.paste("new urinary retention since yesterday");
  const alert = await screen.findByText(/Emergency red flag found in the text/, undefined, SCREENED);
  expect(alert.closest("[role=alert]")).toHaveTextContent(/cauda equina.*'?"urinary retention"/i);
  expect(screen.queryByRole("checkbox", { name: /cauda equina/i })).not.toBeInTheDocument();
});
