import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ScoresForm } from "@/components/therapist/scores-form";
import { recordOutcomeScoresAction } from "@/lib/actions/record-outcome-scores";

jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn(), replace: jest.fn() }) }));
jest.mock("@/lib/actions/record-outcome-scores", () => ({ recordOutcomeScoresAction: jest.fn() }));
const action = jest.mocked(recordOutcomeScoresAction);

function renderForm(hasBaseline: boolean) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <ScoresForm dispatchId="d1" today="2026-12-01" hasBaseline={hasBaseline} sessions={[{ id: "s1", sessionDate: "2026-11-30" }]} />
    </QueryClientProvider>,
  );
}

async function fillScores(user: ReturnType<typeof userEvent.setup>, pain: string) {
  await user.type(screen.getByLabelText("Pain now"), pain);
  await user.type(screen.getByLabelText("PEG: average pain in the past week"), "6");
  await user.type(screen.getByLabelText("PEG: pain's interference with enjoyment of life"), "5");
  await user.type(screen.getByLabelText("PEG: pain's interference with general activity"), "4");
}

describe("the therapist's scores form", () => {
  beforeEach(() => action.mockReset());

  test("at baseline there is no impression of change to ask; an out-of-range score is refused on its field and kept", async () => {
    const user = userEvent.setup();
    renderForm(false);
    expect(screen.getByLabelText("When")).toHaveValue("first");
    expect(screen.queryByLabelText("Patient's impression of change (PGIC)")).not.toBeInTheDocument();
    await fillScores(user, "11");
    await user.click(screen.getByRole("button", { name: "Save scores" }));
    const pain = screen.getByLabelText("Pain now");
    await waitFor(() => expect(pain).toHaveAttribute("aria-invalid", "true"));
    expect(pain).toHaveAccessibleDescription(/Pain now: enter a whole number from 0 to 10/);
    expect(pain).toHaveValue(11);
    expect(action).not.toHaveBeenCalled();
  });

  test("baseline scores go in the action's shape, with no PGIC and tied to the latest session", async () => {
    action.mockResolvedValue({ ok: true, data: { scoreId: "x", repeated: false } });
    const user = userEvent.setup();
    renderForm(false);
    await fillScores(user, "7");
    await user.click(screen.getByRole("button", { name: "Save scores" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Scores saved.");
    expect(action).toHaveBeenCalledWith({
      dispatchId: "d1",
      idempotencyKey: expect.stringMatching(/^[0-9a-f]{32}$/),
      sessionId: "s1",
      timepoint: "first",
      recordedOn: "2026-12-01",
      pain: 7,
      pegPain: 6,
      pegEnjoyment: 5,
      pegActivity: 4,
      pgic: null,
    });
    // The baseline is taken: the emptied form goes on to "along the way", which asks the PGIC.
    await waitFor(() => expect(screen.getByLabelText("When")).toHaveValue("interim"));
    expect(screen.getByLabelText("Pain now")).toHaveValue(null);
    expect(screen.getByLabelText("Patient's impression of change (PGIC)")).toBeInTheDocument();
  });

  test("after the baseline the PGIC is asked and required; a failed request is retried with the same key", async () => {
    action.mockRejectedValueOnce(new Error("offline"));
    action.mockResolvedValueOnce({ ok: true, data: { scoreId: "x", repeated: true } });
    const user = userEvent.setup();
    renderForm(true);
    expect(screen.getByLabelText("When")).toHaveValue("interim");
    await fillScores(user, "4");
    await user.click(screen.getByRole("button", { name: "Save scores" }));
    const pgic = screen.getByLabelText("Patient's impression of change (PGIC)");
    await waitFor(() => expect(pgic).toHaveAccessibleDescription(/Ask the patient's impression of change/));
    expect(action).not.toHaveBeenCalled();
    await user.selectOptions(pgic, "2");
    await user.click(screen.getByRole("button", { name: "Save scores" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/not be recorded twice/);
    await user.click(screen.getByRole("button", { name: "Save scores" }));
    expect(await screen.findByRole("status")).toHaveTextContent(/already recorded/);
    const [first, retry] = action.mock.calls.map(([input]) => input as Record<string, unknown>);
    expect(first?.pgic).toBe(2);
    expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
  });
});
