import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SendToTherapistPanel } from "@/components/referral-loop/send-to-therapist-panel";
import { sendReferralToTherapistAction } from "@/lib/actions/send-referral-to-therapist";
import type { SendChoice, SendPanelView } from "@/lib/data/referral-dispatch";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh, push: jest.fn() }) }));
jest.mock("@/lib/actions/send-referral-to-therapist", () => ({ sendReferralToTherapistAction: jest.fn() }));

const choice = (id: string, name: string, extra: Partial<SendChoice> = {}): SendChoice => ({
  id,
  name,
  practice: "",
  languages: ["English"],
  training: [],
  reason: null,
  notCovered: [],
  unavailable: null,
  ...extra,
});

const oncology = choice("t1", "Olive Oncology", {
  practice: "Cancer Care Massage",
  training: ["Oncology massage"],
  reason: "Oncology massage training: active cancer",
});
const sports = choice("t2", "Sam Sports", { training: ["Sports massage"], notCovered: ["active cancer"] });

/** The panel as the page renders it; the chooser inside is a lazily loaded chunk, so tests wait for it. */
async function renderPanel(view: Partial<SendPanelView> = {}) {
  const full: SendPanelView = { current: null, choices: [oncology, sports], declinedBy: [], prenatalRequired: false, ...view };
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SendToTherapistPanel referralId="ref-1" view={full} />
    </QueryClientProvider>,
  );
  if (!full.current && full.choices.length > 0) await screen.findByRole("group", { name: /Choose a therapist/ });
}

beforeEach(() => {
  jest.mocked(sendReferralToTherapistAction).mockReset();
  refresh.mockReset();
});

describe("Send to therapist panel", () => {
  test("each therapist is a labelled radio, in the ranked order, described by the reason for its place", async () => {
    await renderPanel();
    const group = screen.getByRole("group", { name: /Choose a therapist/ });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["t1", "t2"]);
    expect(screen.getByRole("radio", { name: "Olive Oncology, Cancer Care Massage" })).toHaveAccessibleDescription(
      /Oncology massage training: active cancer/,
    );
    expect(screen.getByRole("radio", { name: "Sam Sports" })).toHaveAccessibleDescription(/No training listed for: active cancer/);
  });

  test("sending with nobody chosen shows an error tied to the choice and sends nothing", async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole("button", { name: "Send to therapist" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose a therapist to send this referral to");
    expect(screen.getByRole("group", { name: /Choose a therapist/ })).toHaveAccessibleDescription(
      "Choose a therapist to send this referral to",
    );
    expect(sendReferralToTherapistAction).not.toHaveBeenCalled();
  });

  test("by keyboard: choose, send, confirm — the action gets the chosen therapist and the page refreshes", async () => {
    jest
      .mocked(sendReferralToTherapistAction)
      .mockResolvedValue({ ok: true, data: { dispatchId: "d1", shortCode: "ABCD-EFGH", invited: true } });
    const user = userEvent.setup();
    await renderPanel();
    await user.tab();
    expect(screen.getByRole("radio", { name: /Olive Oncology/ })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Sam Sports" })).toBeChecked();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("radio", { name: /Olive Oncology/ })).toBeChecked();
    await user.tab();
    expect(screen.getByRole("button", { name: "Send to therapist" })).toHaveFocus();
    await user.keyboard("{Enter}");
    // Nothing is sent before the confirmation, which takes the focus.
    expect(sendReferralToTherapistAction).not.toHaveBeenCalled();
    expect(screen.getByText(/Send this referral to Olive Oncology\?/)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Confirm and send" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("status")).toHaveTextContent("Sent to Olive Oncology.");
    expect(sendReferralToTherapistAction).toHaveBeenCalledWith({ referralId: "ref-1", therapistId: "t1" });
    expect(refresh).toHaveBeenCalled();
  });

  test("Cancel on the confirmation sends nothing", async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole("radio", { name: "Sam Sports" }));
    await user.click(screen.getByRole("button", { name: "Send to therapist" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(sendReferralToTherapistAction).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Send to therapist" })).toBeInTheDocument();
  });

  test("the server's refusal is shown as an alert and the choice stays", async () => {
    jest.mocked(sendReferralToTherapistAction).mockResolvedValue({ ok: false, error: "This referral is already with a therapist" });
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole("radio", { name: "Sam Sports" }));
    await user.click(screen.getByRole("button", { name: "Send to therapist" }));
    await user.click(screen.getByRole("button", { name: "Confirm and send" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This referral is already with a therapist");
    expect(screen.getByRole("radio", { name: "Sam Sports" })).toBeChecked();
    expect(refresh).not.toHaveBeenCalled();
  });

  test("when a prenatal-trained therapist is required, the others are shown disabled with the reason", async () => {
    const notPrenatal = "Not prenatal-trained: this pregnant patient's referral keeps modalities that need a prenatal-trained therapist";
    await renderPanel({
      prenatalRequired: true,
      choices: [
        choice("p", "Pia Prenatal", { training: ["Prenatal / pregnancy massage"] }),
        choice("s", "Sam Sports", { unavailable: notPrenatal }),
      ],
    });
    expect(screen.getByText(/only prenatal-trained therapists can be chosen/)).toBeInTheDocument();
    const blocked = screen.getByRole("radio", { name: "Sam Sports" });
    expect(blocked).toBeDisabled();
    expect(blocked).toHaveAccessibleDescription(new RegExp(notPrenatal));
    expect(screen.getByRole("radio", { name: "Pia Prenatal" })).toBeEnabled();
  });

  test("once sent it says to whom and when, and offers no second sending", async () => {
    await renderPanel({
      current: { therapistName: "Terry Therapist", practice: "Harbour Massage", sentAt: "2026-12-01T15:50:00.000Z", status: "sent" },
      choices: [],
    });
    expect(screen.getByTestId("sent-to")).toHaveTextContent("Sent to Terry Therapist (Harbour Massage) on 2026-12-01 15:50 UTC — Sent.");
    expect(screen.queryByRole("button", { name: "Send to therapist" })).not.toBeInTheDocument();
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
  });

  test("after a decline it names who declined and offers the rest", async () => {
    await renderPanel({ declinedBy: ["Dee Decliner"], choices: [sports] });
    expect(screen.getByText("Declined by Dee Decliner: choose someone else.")).toBeInTheDocument();
    expect(screen.getAllByRole("radio")).toHaveLength(1);
  });
});
