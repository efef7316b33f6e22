import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { deviceLabel } from "../../lib/domain/auth/device-label";
import { createAccount, signIn, type Account } from "./helpers";
import { expectAccessible } from "./support/a11y";

// Issue 19, "Your sessions" in real browsers against the build: one clinician (this spec's own) signed in
// from three browser contexts that present as three devices. From the first, "Sign out" on one device's
// row and then "Sign out everywhere else" really end the other contexts' sessions: their next page load
// goes to sign-in, while the first stays signed in.
test.setTimeout(120_000);

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_ON_MACOS =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";

async function signedInDevice(browser: Browser, who: Account, userAgent: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

async function expectSignedOut(page: Page) {
  await page.goto("/referrals");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
}

async function expectSignedIn(page: Page) {
  await page.goto("/referrals");
  await expect(page.getByRole("heading", { name: "Your referrals", level: 1 })).toBeVisible();
}

test("'Sign out' on another device's row and 'Sign out everywhere else' end those browsers' sessions", async ({ page, browser }) => {
  const clinician = createAccount("clinician", "your-sessions");
  await signIn(page, clinician);
  const firefox = await signedInDevice(browser, clinician, FIREFOX_ON_WINDOWS);
  const safari = await signedInDevice(browser, clinician, SAFARI_ON_MACOS);
  try {
    await page.goto("/account/sessions");
    const table = page.getByRole("table", { name: "Signed-in devices" });
    await expect(table.getByRole("row")).toHaveCount(4); // the heading row and three devices
    await expect(table.getByRole("row").filter({ hasText: "This device" })).toHaveCount(1);
    const firefoxLabel = deviceLabel(FIREFOX_ON_WINDOWS);
    expect(firefoxLabel).toContain("Firefox");

    // "Sign out" on the Firefox row ends that session, and only that one.
    await page.getByRole("button", { name: `Sign out ${firefoxLabel}`, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `${firefoxLabel} is signed out.` })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(3);
    await expectAccessible(page, "your sessions, after signing a device out");
    await expect(table.getByRole("row").filter({ hasText: firefoxLabel })).toHaveCount(0);
    await expectSignedOut(firefox.page);
    await expectSignedIn(safari.page);
    await expectSignedIn(page);

    // Firefox signs in again; then "Sign out everywhere else" ends both other sessions.
    await signIn(firefox.page, clinician);
    await page.goto("/account/sessions");
    await expect(table.getByRole("row")).toHaveCount(4);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Every other device is signed out." })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(2);
    await expectSignedOut(firefox.page);
    await expectSignedOut(safari.page);

    // This device is still signed in, and is the only one left.
    await page.goto("/account/sessions");
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("row").filter({ hasText: "This device" })).toHaveCount(1);
    await expectSignedIn(page);
  } finally {
    await firefox.context.close();
    await safari.context.close();
  }
});
