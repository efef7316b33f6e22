// First, so the intake's server actions are mocked before any module imports them.
import { routerPush as push } from "../support/intake-action-mocks";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createReferralAction } from "@/lib/actions/create-referral";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import type { IntakeInput } from "@/lib/schemas/intake";
import { fillIntake, renderForm, suggestionFor } from "../support/intake-harness";

// Typing a whole form key by key is slow under jsdom; pasting exercises the same change events.
jest.setTimeout(30_000);

beforeEach(() => {
  push.mockReset();
  jest.mocked(suggestReferralAction).mockReset();
  jest.mocked(createReferralAction).mockReset();
  jest.mocked(suggestReferralAction).mockImplementation(async (input) => ({ ok: true, data: suggestionFor(input as IntakeInput) }));
});

test("validation messages are tied to their fields and nothing is sent", async () => {
  const user = userEvent.setup();
  renderForm();
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  expect(await screen.findByText("Enter the patient's name")).toBeInTheDocument();
  expect(screen.getByLabelText("Patient name")).toHaveAccessibleDescription("Enter the patient's name");
  expect(screen.getByLabelText("Patient name")).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByLabelText("Complaint")).toHaveAccessibleDescription(expect.stringContaining("Describe the complaint"));
  expect(screen.getByLabelText("Sex")).toHaveAccessibleDescription("Choose the patient's sex (or Unknown)");
  expect(suggestReferralAction).not.toHaveBeenCalled();
});

test("age is shown from the date of birth and pregnancy weeks appear only when pregnant", async () => {
  const user = userEvent.setup();
  renderForm();
  await user.type(screen.getByLabelText("Date of birth"), "1970-04-12");
  expect(screen.getByTestId("patient-age")).toHaveTextContent(/Age: \d+ years/);
  expect(screen.queryByLabelText("Weeks of pregnancy")).not.toBeInTheDocument();
  await user.click(screen.getByLabelText("Pregnant"));
  expect(screen.getByLabelText("Weeks of pregnancy")).toBeInTheDocument();
});

test("a pregnant patient's intake asks whether the therapist is prenatal-trained, and the answer reaches the suggestion", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  expect(screen.queryByLabelText("The therapist is prenatal-trained")).not.toBeInTheDocument();
  await user.click(screen.getByLabelText("Pregnant"));
  await user.type(screen.getByLabelText("Weeks of pregnancy"), "20");
  const trained = screen.getByLabelText("The therapist is prenatal-trained");
  expect(trained).toHaveAccessibleDescription(/sent only to a prenatal-trained therapist/);
  await user.click(trained);
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await waitFor(() => expect(suggestReferralAction).toHaveBeenCalled());
  expect(jest.mocked(suggestReferralAction).mock.calls[0]?.[0]).toMatchObject({
    pregnant: true,
    pregnancyWeeks: 20,
    prenatalTrainedTherapist: true,
  });
});

test("a defer-level finding shows its warning, and the suggestion shows the defer banner with a required override", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  await user.click(screen.getByRole("checkbox", { name: /Deep vein thrombosis/ }));
  expect(screen.getByRole("alert")).toHaveTextContent(/Defer:/);

  await user.click(screen.getByRole("button", { name: "Suggest" }));
  const banner = (await screen.findAllByRole("alert")).find((el) => /Do not refer now/.test(el.textContent ?? ""));
  expect(banner).toBeDefined();
  expect(banner).toHaveTextContent(/What to do instead/);

  await user.click(screen.getByRole("button", { name: "Refer for Knee osteoarthritis" }));
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  expect(await screen.findByText(/To refer anyway, record why/)).toBeInTheDocument();
  expect(screen.getByLabelText("Reason for referring despite the safety screen")).toHaveAttribute("aria-invalid", "true");
  expect(createReferralAction).not.toHaveBeenCalled();
});

test("values are kept after a server error on suggest and on save, and server field errors land on their fields", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  jest.mocked(suggestReferralAction).mockRejectedValueOnce(new Error("network down"));
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  expect(await screen.findByText(/could not be made.*entries are kept/)).toBeInTheDocument();
  expect(screen.getByLabelText("Patient name")).toHaveValue("Alex Example");
  expect(screen.getByLabelText("Complaint")).toHaveValue("62F bilat knee OA, pain worse on stairs x2y");

  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await user.click(await screen.findByRole("button", { name: "Refer for Knee osteoarthritis" }));
  jest.mocked(createReferralAction).mockResolvedValueOnce({
    ok: false,
    error: "Check the highlighted fields",
    fieldErrors: { "intake.patientName": ["Patient name must be 120 characters or fewer"] },
  });
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  expect(await screen.findByLabelText("Patient name")).toHaveAccessibleDescription("Patient name must be 120 characters or fewer");
  expect(screen.getByLabelText("Patient name")).toHaveValue("Alex Example");
  expect(screen.getByLabelText("Minutes per session")).toHaveValue(60);
  expect(push).not.toHaveBeenCalled();
});

test("a changed dose needs a coded reason; a double click saves once with one key, then opens the referral", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user);
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  const card = await screen.findByRole("article", { name: "Knee osteoarthritis" });
  expect(within(card).getByText(/M17\.0/)).toBeInTheDocument();
  expect(within(card).getAllByText(/figure not verified|Perlman/).length).toBeGreaterThan(0);
  await user.click(within(card).getByRole("button", { name: "Refer for Knee osteoarthritis" }));

  const minutes = screen.getByLabelText("Minutes per session");
  await user.clear(minutes);
  await user.type(minutes, "30");
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  expect(await screen.findByText("Choose a reason for changing the suggested dose")).toBeInTheDocument();
  expect(createReferralAction).not.toHaveBeenCalled();

  await user.selectOptions(screen.getByLabelText("Reason"), "cost-or-access");
  await user.click(screen.getByLabelText("Explain the change"));
  await user.paste("Insurer pays for 30 minutes");
  let release: (value: Awaited<ReturnType<typeof createReferralAction>>) => void = () => undefined;
  jest.mocked(createReferralAction).mockImplementation(() => new Promise((resolve) => (release = resolve)));
  const save = screen.getByRole("button", { name: "Save referral" });
  await user.dblClick(save);
  await waitFor(() => expect(screen.getByRole("button", { name: "Saving…" })).toBeDisabled());
  release({ ok: true, data: { id: "ref-123" } });
  await waitFor(() => expect(push).toHaveBeenCalledWith("/referrals/ref-123"));
  expect(createReferralAction).toHaveBeenCalledTimes(1);
  const [sent, version] = jest.mocked(createReferralAction).mock.calls[0] ?? [];
  expect(version).toBe("v1");
  expect(sent).toMatchObject({
    conditionSlug: "knee-osteoarthritis",
    finalDose: { minutesPerSession: 30, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
    overrideReason: "cost-or-access",
    idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });
});

test("when nothing matches it says so and offers the evidence base's conditions", async () => {
  const user = userEvent.setup();
  renderForm();
  await fillIntake(user, "wants advice about a new pair of glasses");
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  expect(await screen.findByText(/No condition in the evidence base matched/)).toBeInTheDocument();
  expect(screen.queryByRole("article")).not.toBeInTheDocument();
  expect(screen.getByRole("option", { name: "Fibromyalgia" })).toBeInTheDocument();
});
