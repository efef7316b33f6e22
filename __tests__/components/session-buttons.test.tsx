import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { EndOtherSessionsButton, EndSessionButton, SessionNotices } from "@/components/account/session-buttons";
import { endOtherOwnSessionsAction, endOwnSessionAction } from "@/lib/actions/end-own-sessions";

jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh: jest.fn() }) }));
jest.mock("@/lib/actions/end-own-sessions", () => ({ endOwnSessionAction: jest.fn(), endOtherOwnSessionsAction: jest.fn() }));

/** The page after the server's refresh: the signed-out row (and its button) is gone. */
function SessionsPage() {
  const [rows, setRows] = useState(["Firefox on Windows, desktop"]);
  jest.mocked(endOwnSessionAction).mockImplementation(async () => {
    setRows([]);
    return { ok: true, data: null };
  });
  return (
    <SessionNotices>
      {rows.map((device) => (
        <EndSessionButton key={device} sessionId="s1" device={device} />
      ))}
      {rows.length > 0 && <EndOtherSessionsButton />}
    </SessionNotices>
  );
}

const renderPage = () =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SessionsPage />
    </QueryClientProvider>,
  );

describe("Your sessions: sign-out buttons", () => {
  test("the confirmation stays on the page after the signed-out device's row has gone", async () => {
    renderPage();
    await userEvent.click(screen.getByRole("button", { name: "Sign out Firefox on Windows, desktop" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Firefox on Windows, desktop is signed out.");
    expect(screen.queryByRole("button", { name: /Sign out Firefox/ })).toBeNull();
  });

  test("'Sign out everywhere else' asks first, and says what it did; a refusal is an alert", async () => {
    jest.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true).mockReturnValueOnce(true);
    jest
      .mocked(endOtherOwnSessionsAction)
      .mockResolvedValueOnce({ ok: true, data: { ended: 2 } })
      .mockResolvedValueOnce({ ok: false, error: "Sign in again first." });
    renderPage();
    const button = screen.getByRole("button", { name: "Sign out everywhere else" });
    await userEvent.click(button);
    expect(endOtherOwnSessionsAction).not.toHaveBeenCalled();
    await userEvent.click(button);
    expect(await screen.findByText("Every other device is signed out.")).toBeInTheDocument();
    await userEvent.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent("Sign in again first.");
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });
});
