import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdverseEventBadge } from "@/components/adverse-event-badge";
import { AppHeader } from "@/components/app-header";
import { AcknowledgeAdverseEvent } from "@/components/loop-follow-up/acknowledge-adverse-event";
import { acknowledgeAdverseEventAction } from "@/lib/actions/acknowledge-adverse-event";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn() }) }));
jest.mock("@/lib/actions/acknowledge-adverse-event", () => ({ acknowledgeAdverseEventAction: jest.fn() }));
jest.mock("@/components/auth-client", () => ({ signOutAndGo: jest.fn() }));

beforeEach(() => {
  refresh.mockReset();
  jest.mocked(acknowledgeAdverseEventAction).mockReset();
});

describe("the header's adverse-event badge", () => {
  test("says how many need attention in its accessible name and links to the attention list", () => {
    render(<AppHeader userName="Dr Dana" credentials="MD" nav={[]} adverseEventCount={2} />);
    const badge = screen.getByRole("link", { name: "2 adverse events need attention" });
    expect(badge).toHaveAttribute("href", "/referrals/attention");
    expect(badge).toHaveTextContent("2");
  });

  test("one event is singular; none shows no badge", () => {
    const { rerender } = render(<AdverseEventBadge count={1} />);
    expect(screen.getByRole("link", { name: "1 adverse event needs attention" })).toBeInTheDocument();
    rerender(<AdverseEventBadge count={0} />);
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });

  test("a header without a count (therapists, admins) has no badge", () => {
    render(<AppHeader userName="Terry" credentials="" nav={[]} />);
    expect(screen.queryByRole("link", { name: /adverse event/ })).not.toBeInTheDocument();
  });
});

function renderAcknowledge() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AcknowledgeAdverseEvent id="ae-1" what="the moderate adverse event for Maria Lopez" />
    </QueryClientProvider>,
  );
}

describe("Acknowledge on the attention list", () => {
  test("calls the acknowledge action with the event's id and refreshes the page (list and badge)", async () => {
    jest.mocked(acknowledgeAdverseEventAction).mockResolvedValue({ ok: true, data: { id: "ae-1" } });
    const user = userEvent.setup();
    renderAcknowledge();
    await user.tab();
    const button = screen.getByRole("button", { name: "Acknowledge the moderate adverse event for Maria Lopez" });
    expect(button).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("button", { name: /Acknowledge the moderate/ })).toHaveTextContent("Acknowledged");
    expect(acknowledgeAdverseEventAction).toHaveBeenCalledWith({ id: "ae-1" });
    expect(refresh).toHaveBeenCalled();
  });

  test("a refusal is shown as an alert tied to the button, and nothing is refreshed", async () => {
    jest.mocked(acknowledgeAdverseEventAction).mockResolvedValue({ ok: false, error: "Alert not found" });
    const user = userEvent.setup();
    renderAcknowledge();
    await user.click(screen.getByRole("button", { name: /Acknowledge the moderate/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Alert not found");
    expect(screen.getByRole("button", { name: /Acknowledge the moderate/ })).toHaveAccessibleDescription("Alert not found");
    expect(refresh).not.toHaveBeenCalled();
  });
});
