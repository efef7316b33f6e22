import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InvitationForm } from "@/components/therapist/invitation-form";
import { acceptTherapistInvitationAction } from "@/lib/actions/accept-therapist-invitation";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: jest.fn(), replace: jest.fn() }) }));
jest.mock("@/lib/actions/accept-therapist-invitation", () => ({ acceptTherapistInvitationAction: jest.fn() }));
const action = jest.mocked(acceptTherapistInvitationAction);
const TOKEN = "A".repeat(43);

function renderForm() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <InvitationForm token={TOKEN} />
    </QueryClientProvider>,
  );
}

describe("the invitation's password form", () => {
  beforeEach(() => {
    action.mockReset();
    push.mockReset();
  });

  test("the shared password policy is checked before sending, its hint and error tied to the field", async () => {
    const user = userEvent.setup();
    renderForm();
    const password = screen.getByLabelText("Password");
    expect(password).toHaveAccessibleDescription(/15 or more/);
    await user.type(password, "short");
    await user.type(screen.getByLabelText("Password again"), "short");
    await user.click(screen.getByRole("button", { name: "Create my account" }));
    expect(await screen.findByText("Use at least 8 characters")).toBeInTheDocument();
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(action).not.toHaveBeenCalled();
  });

  test("the server's blocklist refusal lands on the field and keeps what was typed; success goes to sign in", async () => {
    action.mockResolvedValueOnce({
      ok: false,
      error: "Check the highlighted fields",
      fieldErrors: { password: ["This password is too common"] },
    });
    action.mockResolvedValueOnce({ ok: true, data: { email: "t@clinic.test" } });
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText("Password"), "password1234");
    await user.type(screen.getByLabelText("Password again"), "password1234");
    await user.click(screen.getByRole("button", { name: "Create my account" }));
    expect(await screen.findByText("This password is too common")).toBeInTheDocument();
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(/too common/);
    expect(screen.getByLabelText("Password again")).toHaveValue("password1234");
    expect(action).toHaveBeenCalledWith({ token: TOKEN, password: "password1234", confirmPassword: "password1234" });
    await user.click(screen.getByRole("button", { name: "Create my account" }));
    await waitFor(() => expect(push).toHaveBeenCalledWith("/login?reason=account-created"));
  });

  test("a link that stopped working meanwhile is said as the form's alert", async () => {
    action.mockResolvedValue({ ok: false, error: "This invitation has already been used." });
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText("Password"), "lantern orchard velvet");
    await user.type(screen.getByLabelText("Password again"), "lantern orchard velvet");
    await user.click(screen.getByRole("button", { name: "Create my account" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This invitation has already been used.");
  });
});
