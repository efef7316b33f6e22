import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { changePasswordAction } from "@/lib/actions/change-password";
import { ChangePasswordForm } from "@/components/account/change-password-form";

jest.mock("next/navigation", () => ({ useRouter: () => ({ replace: jest.fn(), refresh: jest.fn(), push: jest.fn() }) }));
jest.mock("@/lib/actions/change-password", () => ({ changePasswordAction: jest.fn() }));

function renderForm() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ChangePasswordForm />
    </QueryClientProvider>,
  );
}

describe("ChangePasswordForm", () => {
  beforeEach(() => jest.mocked(changePasswordAction).mockReset());

  test("policy errors show before any request, tied to the field, with the 15-character hint", async () => {
    const user = userEvent.setup();
    renderForm();
    const field = screen.getByLabelText("New password");
    expect(field).toHaveAccessibleDescription(/15 or more/);
    await user.type(screen.getByLabelText("Current password"), "old secret here");
    await user.type(field, "pass1");
    await user.type(screen.getByLabelText("New password again"), "pass1");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByText(/at least 8 characters/)).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(changePasswordAction).not.toHaveBeenCalled();
  });

  test("a server field error is shown on its field and what was typed stays (property 27)", async () => {
    jest
      .mocked(changePasswordAction)
      .mockResolvedValue({ ok: false, error: "Check", fieldErrors: { currentPassword: ["The current password is not right"] } });
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText("Current password"), "old secret here");
    await user.type(screen.getByLabelText("New password"), "a long new passphrase");
    await user.type(screen.getByLabelText("New password again"), "a long new passphrase");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByText("The current password is not right")).toBeInTheDocument();
    expect(screen.getByLabelText("Current password")).toHaveAccessibleDescription("The current password is not right");
    expect(screen.getByLabelText("New password")).toHaveValue("a long new passphrase");
  });

  test("success clears the form and says other devices were signed out", async () => {
    jest.mocked(changePasswordAction).mockResolvedValue({ ok: true, data: null });
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText("Current password"), "old secret here");
    await user.type(screen.getByLabelText("New password"), "a long new passphrase");
    await user.type(screen.getByLabelText("New password again"), "a long new passphrase");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByRole("status")).toHaveTextContent(/every other device/);
    await waitFor(() => expect(screen.getByLabelText("New password")).toHaveValue(""));
  });
});
