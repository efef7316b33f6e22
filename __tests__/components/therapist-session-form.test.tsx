import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SessionForm } from "@/components/therapist/session-form";
import { logTherapySessionAction } from "@/lib/actions/log-therapy-session";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn() }) }));
jest.mock("@/lib/actions/log-therapy-session", () => ({ logTherapySessionAction: jest.fn() }));
const action = jest.mocked(logTherapySessionAction);

function renderForm() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <SessionForm dispatchId="d1" today="2026-12-01" prescribedMinutes={60} />
    </QueryClientProvider>,
  );
}

async function fillSession(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Techniques"), "Swedish, trigger point");
  await user.type(screen.getByLabelText("Areas treated"), "neck");
  await user.selectOptions(screen.getByLabelText("Pressure"), "moderate");
  await user.selectOptions(screen.getByLabelText("How it was tolerated"), "fair");
}

describe("the therapist's session form", () => {
  beforeEach(() => {
    action.mockReset();
    refresh.mockReset();
  });

  test("every field is labelled; missing choices are errors tied to their fields, nothing is sent, typed text stays", async () => {
    const user = userEvent.setup();
    renderForm();
    expect(screen.getByLabelText("Date of the session")).toHaveValue("2026-12-01");
    expect(screen.getByLabelText("Minutes")).toHaveValue(60);
    await user.type(screen.getByLabelText("Techniques"), "Swedish");
    await user.click(screen.getByRole("button", { name: "Save session" }));
    expect(await screen.findByText("Choose the pressure")).toBeInTheDocument();
    expect(screen.getByLabelText("Pressure")).toHaveAccessibleDescription("Choose the pressure");
    expect(screen.getByLabelText("How it was tolerated")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Techniques")).toHaveValue("Swedish");
    expect(action).not.toHaveBeenCalled();
  });

  test("an adverse event needs a severity and a description, asked only once the box is ticked", async () => {
    const user = userEvent.setup();
    renderForm();
    await fillSession(user);
    expect(screen.queryByLabelText("Severity")).not.toBeInTheDocument();
    await user.click(screen.getByLabelText("An adverse event happened"));
    await user.click(screen.getByRole("button", { name: "Save session" }));
    expect(await screen.findByText("Choose the severity")).toBeInTheDocument();
    expect(screen.getByLabelText("What happened")).toHaveAccessibleDescription("Describe what happened");
    expect(action).not.toHaveBeenCalled();
  });

  test("sends the lists and the adverse event in the action's shape; a failed request is retried with the same key, then a new key", async () => {
    action.mockRejectedValueOnce(new Error("network down"));
    action.mockResolvedValueOnce({ ok: true, data: { sessionId: "s1", repeated: false, alerted: true } });
    action.mockResolvedValueOnce({ ok: true, data: { sessionId: "s2", repeated: false, alerted: false } });
    const user = userEvent.setup();
    renderForm();
    await fillSession(user);
    await user.click(screen.getByLabelText("An adverse event happened"));
    await user.selectOptions(screen.getByLabelText("Severity"), "moderate");
    await user.type(screen.getByLabelText("What happened"), "Bruising on the calf");
    await user.click(screen.getByRole("button", { name: "Save session" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/not be recorded twice/);
    expect(screen.getByLabelText("What happened")).toHaveValue("Bruising on the calf");

    await user.click(screen.getByRole("button", { name: "Save session" }));
    expect(await screen.findByRole("status")).toHaveTextContent(/clinician has been alerted/);
    const [first, retry] = action.mock.calls.map(([input]) => input as Record<string, unknown>);
    expect(first).toEqual({
      dispatchId: "d1",
      idempotencyKey: expect.stringMatching(/^[0-9a-f]{32}$/),
      sessionDate: "2026-12-01",
      minutes: 60,
      techniques: ["Swedish", "trigger point"],
      areas: ["neck"],
      pressure: "moderate",
      tolerance: "fair",
      notes: "",
      adverseEvent: { severity: "moderate", description: "Bruising on the calf" },
    });
    expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(refresh).toHaveBeenCalled();
    // Saved: the form is blank for the next session, which gets a key of its own.
    await waitFor(() => expect(screen.getByLabelText("Techniques")).toHaveValue(""));
    await fillSession(user);
    await user.click(screen.getByRole("button", { name: "Save session" }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(3));
    const third = action.mock.calls[2]?.[0] as Record<string, unknown>;
    expect(third.idempotencyKey).not.toBe(first?.idempotencyKey);
    expect(third.adverseEvent).toBeNull();
  });

  test("a server field error lands on its field (a list item's path on the list's box)", async () => {
    action.mockResolvedValue({
      ok: false,
      error: "Check the highlighted fields",
      fieldErrors: { "techniques.1": ["Techniques: at most 80 characters each"] },
    });
    const user = userEvent.setup();
    renderForm();
    await fillSession(user);
    await user.click(screen.getByRole("button", { name: "Save session" }));
    expect(await screen.findByText("Techniques: at most 80 characters each")).toBeInTheDocument();
    expect(screen.getByLabelText("Techniques")).toHaveAccessibleDescription(/at most 80 characters each/);
    expect(screen.getByLabelText("Techniques")).toHaveValue("Swedish, trigger point");
  });
});
