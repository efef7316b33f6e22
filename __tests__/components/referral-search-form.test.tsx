import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReferralSearchForm } from "@/app/(app)/referrals/_components/referral-search-form";
import { sealReferralSearchAction } from "@/lib/actions/seal-referral-search";

// The list keeps search, status and page in the URL — the search only as a sealed token (issues 14, 17).
const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));
jest.mock("@/lib/actions/seal-referral-search", () => ({ sealReferralSearchAction: jest.fn() }));
const sealMock = jest.mocked(sealReferralSearchAction);

beforeEach(() => {
  push.mockReset();
  sealMock.mockReset();
});

test("a search goes into the URL as a sealed token, never as the name typed; the status is kept", async () => {
  sealMock.mockResolvedValue({ ok: true, data: { searchToken: "SEALEDTOKEN123" } });
  render(<ReferralSearchForm url={{ status: "sent" }} shownQuery="" />);
  await userEvent.type(screen.getByRole("searchbox", { name: "Search by patient or condition" }), "Zoë Ñúñez");
  await userEvent.click(screen.getByRole("button", { name: "Search" }));
  expect(sealMock).toHaveBeenCalledWith({ query: "Zoë Ñúñez" });
  await waitFor(() => expect(push).toHaveBeenCalledWith("/referrals?s=SEALEDTOKEN123&status=sent", { scroll: false }));
  expect(JSON.stringify(push.mock.calls)).not.toMatch(/zo|nunez|%C3/i);
});

test("opened from a URL it shows the search the page holds; status and Clear navigate without a cursor", async () => {
  render(<ReferralSearchForm url={{ s: "TOKEN", status: "sent", before: "1.abc" }} shownQuery="zoe nunez" />);
  expect(screen.getByRole("searchbox", { name: "Search by patient or condition" })).toHaveValue("zoe nunez");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Draft");
  expect(push).toHaveBeenLastCalledWith("/referrals?s=TOKEN&status=draft", { scroll: false });
  await userEvent.click(screen.getByRole("button", { name: "Clear" }));
  expect(push).toHaveBeenLastCalledWith("/referrals", { scroll: false });
  expect(screen.getByRole("searchbox", { name: "Search by patient or condition" })).toHaveValue("");
});

test("a search too short to look up says so at the field, keeps the text, and does not navigate", async () => {
  sealMock.mockResolvedValue({ ok: false, error: "Check the search", fieldErrors: { query: ["Type at least 3 characters to search"] } });
  render(<ReferralSearchForm url={{}} shownQuery="" />);
  const box = screen.getByRole("searchbox", { name: "Search by patient or condition" });
  await userEvent.type(box, "Li");
  await userEvent.click(screen.getByRole("button", { name: "Search" }));
  expect(await screen.findByText("Type at least 3 characters to search")).toBeVisible();
  expect(box).toHaveAttribute("aria-invalid", "true");
  expect(box).toHaveAccessibleDescription("Type at least 3 characters to search");
  expect(box).toHaveValue("Li");
  expect(push).not.toHaveBeenCalled();
});
