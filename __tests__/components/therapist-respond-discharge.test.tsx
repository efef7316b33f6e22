import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DischargeForm } from "@/components/therapist/discharge-form";
import { RespondForm } from "@/components/therapist/respond-form";
import { dischargeCourseAction } from "@/lib/actions/discharge-course";
import { respondToReferralAction } from "@/lib/actions/respond-to-referral";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn() }) }));
jest.mock("@/lib/actions/respond-to-referral", () => ({ respondToReferralAction: jest.fn() }));
jest.mock("@/lib/actions/discharge-course", () => ({ dischargeCourseAction: jest.fn() }));

const withQuery = (ui: React.ReactNode) => render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);

describe("accepting or declining a referral", () => {
  beforeEach(() => jest.mocked(respondToReferralAction).mockReset());

  test("a decline needs a reason, tied to the Reason field; nothing is sent until it has one", async () => {
    jest.mocked(respondToReferralAction).mockResolvedValue({ ok: true, data: { status: "declined" } });
    const user = userEvent.setup();
    withQuery(<RespondForm dispatchId="d1" />);
    await user.click(screen.getByLabelText("Decline"));
    await user.click(screen.getByRole("button", { name: "Send answer" }));
    const reason = screen.getByLabelText("Reason");
    expect(await screen.findByText("Give the reason for declining (at least 5 characters)")).toBeInTheDocument();
    expect(reason).toHaveAccessibleDescription(/Give the reason for declining/);
    expect(respondToReferralAction).not.toHaveBeenCalled();
    await user.type(reason, "Fully booked until March");
    await user.click(screen.getByRole("button", { name: "Send answer" }));
    expect(await screen.findByRole("status")).toHaveTextContent(/clinician sees your reason/);
    expect(respondToReferralAction).toHaveBeenCalledWith({ dispatchId: "d1", answer: "decline", reason: "Fully booked until March" });
  });

  test("no answer chosen is an error on the group; accept needs no reason", async () => {
    jest.mocked(respondToReferralAction).mockResolvedValue({ ok: true, data: { status: "accepted" } });
    const user = userEvent.setup();
    withQuery(<RespondForm dispatchId="d1" />);
    await user.click(screen.getByRole("button", { name: "Send answer" }));
    expect(await screen.findByRole("group", { name: "Your answer" })).toHaveAccessibleDescription("Choose accept or decline");
    await user.click(screen.getByLabelText("Accept"));
    await user.click(screen.getByRole("button", { name: "Send answer" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Accepted.");
    expect(respondToReferralAction).toHaveBeenCalledWith({ dispatchId: "d1", answer: "accept", reason: "" });
    expect(refresh).toHaveBeenCalled();
  });
});

describe("discharging the course", () => {
  beforeEach(() => jest.mocked(dischargeCourseAction).mockReset());

  test("a too-short note is refused on its field; the server's refusal is shown and the note stays", async () => {
    jest.mocked(dischargeCourseAction).mockResolvedValue({ ok: false, error: "The referral changed meanwhile; reload the page." });
    const user = userEvent.setup();
    withQuery(<DischargeForm dispatchId="d1" />);
    const note = screen.getByLabelText("Discharge note");
    await user.type(note, "Done");
    await user.click(screen.getByRole("button", { name: "Discharge and close the course" }));
    expect(await screen.findByText(/at least 10 characters/)).toBeInTheDocument();
    expect(note).toHaveAccessibleDescription(/at least 10 characters/);
    expect(dischargeCourseAction).not.toHaveBeenCalled();
    await user.type(note, ": pain down from 7 to 3, home stretches given");
    await user.click(screen.getByRole("button", { name: "Discharge and close the course" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The referral changed meanwhile; reload the page.");
    expect(dischargeCourseAction).toHaveBeenCalledWith({ dispatchId: "d1", note: "Done: pain down from 7 to 3, home stretches given" });
    expect(note).toHaveValue("Done: pain down from 7 to 3, home stretches given");
  });
});
