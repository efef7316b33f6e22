import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ReferralList } from "@/app/(app)/referrals/_components/referral-list";
import { listReferralsAction, type ReferralListResult } from "@/lib/actions/list-referrals";
import { sealReferralSearchAction } from "@/lib/actions/seal-referral-search";

// The list keeps search, status and page in the URL, the search only as a sealed token (issue 14/17).
const push = jest.fn();
let search = "";
jest.mock("next/navigation", () => ({
  useRouter: () => ({ push }),
  usePathname: () => "/referrals",
  useSearchParams: () => new URLSearchParams(search),
}));
jest.mock("@/lib/actions/list-referrals", () => ({ listReferralsAction: jest.fn() }));
jest.mock("@/lib/actions/seal-referral-search", () => ({ sealReferralSearchAction: jest.fn() }));
const listMock = jest.mocked(listReferralsAction);
const sealMock = jest.mocked(sealReferralSearchAction);

const item = {
  id: "ref1",
  createdAt: "2026-03-01T10:00:00.000Z",
  status: "final" as const,
  patientName: "Zoë Ñúñez",
  patientDob: "1980-01-01",
  conditionName: "Knee osteoarthritis",
  icd10Code: "M17.10",
  doseLine: "60-minute sessions, once a week, for 8 weeks (8 sessions)",
  clinicianName: "Dr A",
};

function page(overrides: Partial<ReferralListResult> = {}): ReferralListResult {
  return { items: [item], newer: null, older: "1700000000000.ref1", count: { exact: true, value: 1 }, pageSize: 20, query: "", searchToken: null, searchExpired: false, ...overrides };
}

function renderList() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: 0 } } });
  return render(
    <QueryClientProvider client={client}>
      <ReferralList showClinician={false} canCreate />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  search = "";
  push.mockReset();
  listMock.mockReset();
  sealMock.mockReset();
});

test("a search goes into the URL as a sealed token, never as the name typed", async () => {
  listMock.mockResolvedValue({ ok: true, data: page() });
  sealMock.mockResolvedValue({ ok: true, data: { searchToken: "SEALEDTOKEN123" } });
  renderList();
  await userEvent.type(await screen.findByRole("searchbox", { name: "Search by patient or condition" }), "Zoë Ñúñez");
  await userEvent.click(screen.getByRole("button", { name: "Search" }));
  expect(sealMock).toHaveBeenCalledWith({ query: "Zoë Ñúñez" });
  await waitFor(() => expect(push).toHaveBeenCalledWith("/referrals?s=SEALEDTOKEN123", { scroll: false }));
  expect(JSON.stringify(push.mock.calls)).not.toMatch(/zo|nunez|%C3/i);
});

test("opened from a URL, the list asks with the token and cursor and shows the search in the box", async () => {
  search = "s=SEALEDTOKEN123&status=sent&before=1700000000000.abc";
  listMock.mockResolvedValue({ ok: true, data: page({ query: "zoe nunez", searchToken: "NEWTOKEN", newer: "1800000000000.xyz", count: { exact: false, moreThan: 10_000, estimate: null } }) });
  renderList();
  const box = screen.getByRole("searchbox", { name: "Search by patient or condition" });
  await waitFor(() => expect(box).toHaveValue("zoe nunez"));
  expect(listMock).toHaveBeenCalledWith({ searchToken: "SEALEDTOKEN123", status: "sent", before: "1700000000000.abc", after: undefined, pageSize: 20 });
  expect(screen.getByRole("status")).toHaveTextContent("more than 10,000 referrals match");
  await userEvent.click(screen.getByRole("button", { name: "Newer" }));
  expect(push).toHaveBeenLastCalledWith("/referrals?s=SEALEDTOKEN123&status=sent&after=1800000000000.xyz", { scroll: false });
  await userEvent.click(screen.getByRole("button", { name: "Older" }));
  expect(push).toHaveBeenLastCalledWith("/referrals?s=SEALEDTOKEN123&status=sent&before=1700000000000.ref1", { scroll: false });
  expect(screen.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", "/referrals/export?s=SEALEDTOKEN123&status=sent");
});

test("a search too short to look up says so at the field, and nothing moves", async () => {
  listMock.mockResolvedValue({ ok: true, data: page() });
  sealMock.mockResolvedValue({ ok: false, error: "Check the search", fieldErrors: { query: ["Type at least 3 characters to search"] } });
  renderList();
  const box = await screen.findByRole("searchbox", { name: "Search by patient or condition" });
  await userEvent.type(box, "Li");
  await userEvent.click(screen.getByRole("button", { name: "Search" }));
  expect(await screen.findByText("Type at least 3 characters to search")).toBeVisible();
  expect(box).toHaveAttribute("aria-invalid", "true");
  expect(box).toHaveAccessibleDescription("Type at least 3 characters to search");
  expect(box).toHaveValue("Li");
  expect(push).not.toHaveBeenCalled();
});
