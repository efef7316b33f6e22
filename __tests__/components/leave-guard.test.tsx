/**
 * Leaving a dirty intake asks first, however the clinician leaves (issue 14, "Nothing typed is lost"):
 * closing or reloading the tab (beforeunload), a click on an in-app link (which Next's <Link> would follow
 * without unloading) and Back/Forward inside the app (popstate, which Next's router handles). The link
 * is Next's <Link> (its onClick runs only when the click reaches it); the window popstate listener
 * stands in for Next's router. The confirm dialog is the browser's, the outside boundary mocked here.
 */
// First, so the intake's server actions are mocked before any module imports them.
import { routerPush as push } from "../support/intake-action-mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import Link from "next/link";
import { createPortal } from "react-dom";
import { LEAVE_MESSAGE } from "@/components/intake/use-leave-guard";
import { createReferralAction } from "@/lib/actions/create-referral";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import type { IntakeInput } from "@/lib/schemas/intake";
import { fillIntake, renderForm, suggestionFor } from "../support/intake-harness";

jest.setTimeout(30_000);

const followLink = jest.fn();
const router = jest.fn();
let confirm: jest.SpyInstance<boolean, [message?: string]>;

/** The app's header link: Next's own <Link>, whose click handler is what would navigate. */
function HeaderLink() {
  return createPortal(
    <Link
      href="/referrals"
      onClick={(e) => {
        // Stands in for the router taking the navigation over (jsdom cannot load another page).
        e.preventDefault();
        followLink();
      }}
    >
      All referrals
    </Link>,
    document.body,
  );
}

beforeEach(() => {
  followLink.mockReset();
  router.mockReset();
  push.mockReset();
  confirm = jest.spyOn(window, "confirm").mockReturnValue(false);
  // Next's router listens on window for popstate, bubbling; the guard must run before it.
  window.addEventListener("popstate", router);
  jest.mocked(suggestReferralAction).mockImplementation(async (input) => ({ ok: true, data: suggestionFor(input as IntakeInput) }));
  jest.mocked(createReferralAction).mockReset();
});

afterEach(() => {
  window.removeEventListener("popstate", router);
  confirm.mockRestore();
});

function renderIntake() {
  const view = renderForm();
  render(<HeaderLink />);
  return view;
}

test("a clean form leaves without asking", async () => {
  renderIntake();
  await userEvent.setup().click(screen.getByRole("link", { name: "All referrals" }));
  expect(confirm).not.toHaveBeenCalled();
  expect(followLink).toHaveBeenCalledTimes(1);
  window.dispatchEvent(new PopStateEvent("popstate"));
  expect(router).toHaveBeenCalledTimes(1);
});

test("dirty: an in-app link asks; Cancel stays on the form with everything typed, OK follows the link", async () => {
  const user = userEvent.setup();
  renderIntake();
  await fillIntake(user);
  const link = screen.getByRole("link", { name: "All referrals" });

  await user.click(link);
  expect(confirm).toHaveBeenCalledWith(LEAVE_MESSAGE);
  expect(followLink).not.toHaveBeenCalled();
  expect(screen.getByLabelText("Patient name")).toHaveValue("Alex Example");

  confirm.mockReturnValue(true);
  await user.click(link);
  expect(followLink).toHaveBeenCalledTimes(1);
});

test("dirty: a new-tab click (Ctrl) does not ask", async () => {
  const user = userEvent.setup();
  renderIntake();
  await fillIntake(user);
  fireEvent.click(screen.getByRole("link", { name: "All referrals" }), { ctrlKey: true });
  expect(confirm).not.toHaveBeenCalled();
});

test("dirty: Back asks before Next's router moves; Cancel puts this page's history entry back", async () => {
  const user = userEvent.setup();
  // The entry as Next's router writes it for this page: it must come back as it was.
  const routerState = { __NA: true, __PRIVATE_NEXTJS_INTERNALS_TREE: ["intake"] };
  window.history.replaceState(routerState, "", "/intake");
  renderIntake();
  await fillIntake(user);
  const here = window.location.href;
  const pushState = jest.spyOn(window.history, "pushState");

  window.dispatchEvent(new PopStateEvent("popstate"));
  expect(confirm).toHaveBeenCalledWith(LEAVE_MESSAGE);
  expect(router).not.toHaveBeenCalled();
  expect(pushState).toHaveBeenCalledWith(routerState, "", here);
  expect(here).toMatch(/\/intake$/);

  confirm.mockReturnValue(true);
  window.dispatchEvent(new PopStateEvent("popstate"));
  expect(router).toHaveBeenCalledTimes(1);
  pushState.mockRestore();
});

test("dirty: closing or reloading the tab asks (the browser's own prompt)", async () => {
  const user = userEvent.setup();
  renderIntake();
  await fillIntake(user);
  const leaving = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(leaving);
  expect(leaving.defaultPrevented).toBe(true);
});

test("once the referral is saved, leaving no longer asks", async () => {
  const user = userEvent.setup();
  jest.mocked(createReferralAction).mockResolvedValue({ ok: true, data: { id: "ref-1" } });
  renderIntake();
  await fillIntake(user, "chronic non-specific low back pain for 2 years, desk job");
  await user.click(screen.getByRole("button", { name: "Suggest" }));
  await user.click(await screen.findByRole("button", { name: "Refer for Chronic (or subacute) non-specific low back pain" }));
  await user.click(screen.getByRole("button", { name: "Save referral" }));
  await waitFor(() => expect(push).toHaveBeenCalledWith("/referrals/ref-1"));
  await user.click(screen.getByRole("link", { name: "All referrals" }));
  window.dispatchEvent(new PopStateEvent("popstate"));
  expect(confirm).not.toHaveBeenCalled();
  expect(followLink).toHaveBeenCalledTimes(1);
  expect(router).toHaveBeenCalledTimes(1);
});
