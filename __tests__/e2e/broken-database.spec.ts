import { expect, test } from "@playwright/test";
import { BROKEN_DB_PORT } from "../../playwright.config";
import { CLINICIAN } from "./helpers";

// Issue 19 failure 5, against the build: with the database unreadable, sign-in redirected to
// `/api/auth/error?error=…Invalid prisma.user.findUnique() invocation…`. This server (playwright.config.ts,
// the "isolated" project) serves the same build on a database file of garbage bytes, so every query fails
// at query time; the sign-in must end on a generic message, and no URL, page or auth response may carry
// Prisma's, SQLite's or the query's text.
test.use({ baseURL: `http://localhost:${BROKEN_DB_PORT}` });

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};
/** Driver and ORM words in any case; SQL keywords in capitals only (the page's prose says "where"). */
const leaksDatabaseText = (raw: string) => {
  const text = decoded(raw);
  return /prisma|invocation|findUnique|sqlite|not a database/i.test(text) || /\b(SELECT|WHERE|FROM)\b/.test(text);
};
const SIGN_IN_UNAVAILABLE = "Sign-in is not available right now.";

test("sign-in with an unreadable database shows the generic message and leaks no database text", async ({ page }) => {
  // The breakage is real: the health check cannot read the database (without saying why).
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(503);
  expect(leaksDatabaseText(await health.text())).toBe(false);

  const authResponses: { url: string; status: number; body: string }[] = [];
  page.on("response", async (response) => {
    if (!new URL(response.url()).pathname.startsWith("/api/auth/")) return;
    authResponses.push({ url: response.url(), status: response.status(), body: await response.text().catch(() => "") });
  });

  await page.goto("/login");
  await page.getByLabel("Email").fill(CLINICIAN.email);
  await page.getByLabel("Password").fill(CLINICIAN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#login-error")).toContainText(SIGN_IN_UNAVAILABLE);
  // The typed email is kept; nobody is signed in.
  await expect(page.getByLabel("Email")).toHaveValue(CLINICIAN.email);
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);

  const finalUrl = page.url();
  expect(new URL(page.url()).pathname).toBe("/login");
  expect(leaksDatabaseText(finalUrl)).toBe(false);
  expect(leaksDatabaseText(await page.content())).toBe(false);

  // The credentials callback itself answered with the generic code only (this is where the red team saw
  // the Prisma message, in the `url` next-auth sends back).
  const callback = authResponses.find((r) => r.url.includes("/api/auth/callback/credentials"));
  expect(callback).toBeDefined();
  const { url } = JSON.parse(callback!.body) as { url: string };
  expect(new URL(url).searchParams.get("error")).toBe("SignInUnavailable");
  expect(authResponses.filter((r) => leaksDatabaseText(r.url + r.body))).toEqual([]);
});

test("the same sign-in posted as a plain form (no JavaScript) is redirected to a generic error, not the database's", async ({ page }) => {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email: CLINICIAN.email, password: CLINICIAN.password, csrfToken, callbackUrl: `http://localhost:${BROKEN_DB_PORT}/` },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const location = response.headers()["location"] ?? "";
  expect(new URL(location, page.url() || `http://localhost:${BROKEN_DB_PORT}`).searchParams.get("error")).toBe("SignInUnavailable");
  expect(leaksDatabaseText(location)).toBe(false);

  // Following it lands on the sign-in page, which says nothing about the database either.
  await page.goto(location);
  expect(new URL(page.url()).pathname).toBe("/login");
  expect(leaksDatabaseText(page.url())).toBe(false);
  expect(leaksDatabaseText(await page.content())).toBe(false);
});
