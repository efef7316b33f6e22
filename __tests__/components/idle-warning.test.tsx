import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { touchSessionAction } from "@/lib/actions/touch-session";
import { signOutAndGo } from "@/components/auth-client";
import { IDLE_SIGN_OUT_URL, IdleWarning, LAST_ACTIVITY_KEY } from "@/components/idle-warning";

jest.mock("@/components/auth-client", () => ({ signOutAndGo: jest.fn(async () => undefined) }));
jest.mock("next/navigation", () => ({ usePathname: () => "/referrals" }));
jest.mock("@/lib/actions/touch-session", () => ({ touchSessionAction: jest.fn() }));

// Property 13 in the UI: warn before the idle sign-out, "Stay signed in" extends, expiry signs out with
// a reason code (no PHI in the URL).
function renderWarning(idle = 60, margin = 0) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: 0 } } });
  return render(
    <QueryClientProvider client={client}>
      <IdleWarning idleTimeoutSeconds={idle} marginSeconds={margin} warnFraction={0.25} />
    </QueryClientProvider>,
  );
}
const advance = (seconds: number) =>
  act(async () => {
    await jest.advanceTimersByTimeAsync(seconds * 1000);
  });

describe("IdleWarning", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    window.localStorage.clear();
    jest.mocked(signOutAndGo).mockClear();
    jest.mocked(touchSessionAction).mockReset();
  });
  afterEach(() => jest.useRealTimers());

  test("silent at first, warns a quarter of the timeout before the end, with the focus on Stay signed in", async () => {
    renderWarning(60);
    await advance(40);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    await advance(6);
    expect(screen.getByRole("alertdialog", { name: "Are you still there?" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Stay signed in" })).toHaveFocus();
    expect(screen.getByTestId("idle-countdown")).toHaveTextContent("0:14");
  });

  test("never warns more than 2 minutes ahead of a long timeout", async () => {
    renderWarning(30 * 60);
    await advance(27 * 60 + 59);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    await advance(2);
    expect(screen.getByRole("alertdialog")).toBeInTheDocument();
  });

  test("Stay signed in touches the server session and hides the warning", async () => {
    jest.mocked(touchSessionAction).mockResolvedValue({ ok: true, data: null });
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    renderWarning(60);
    await advance(50);
    await user.click(screen.getByRole("button", { name: "Stay signed in" }));
    await advance(1);
    expect(touchSessionAction).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    await advance(30);
    expect(signOutAndGo).not.toHaveBeenCalled();
  });

  test("at the end it signs out to the sign-in page with the idle reason code", async () => {
    renderWarning(60, 5);
    await advance(54);
    expect(signOutAndGo).not.toHaveBeenCalled();
    await advance(2);
    expect(signOutAndGo).toHaveBeenCalledTimes(1);
    expect(signOutAndGo).toHaveBeenCalledWith(IDLE_SIGN_OUT_URL);
    expect(IDLE_SIGN_OUT_URL).toBe("/login?reason=idle");
  });

  test("a session that already ended on the server signs out when Stay is pressed", async () => {
    jest.mocked(touchSessionAction).mockResolvedValue({ ok: false, error: "signed-out" });
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    renderWarning(60);
    await advance(50);
    await user.click(screen.getByRole("button", { name: "Stay signed in" }));
    await advance(1);
    expect(signOutAndGo).toHaveBeenCalledWith(IDLE_SIGN_OUT_URL);
  });

  test("activity in another tab of the same browser postpones the warning", async () => {
    renderWarning(60);
    await advance(40);
    window.localStorage.setItem(LAST_ACTIVITY_KEY, String(Date.now()));
    await advance(10);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });
});
