import { expect, test } from "@playwright/test";
import { CLINICIAN } from "./helpers";

/** Property 10: the credentials callback refuses a POST without next-auth's CSRF token. */
test("signing in without the CSRF token opens no session", async ({ request }) => {
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: CLINICIAN.email, password: CLINICIAN.password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  const cookies = (await request.storageState()).cookies.map((c) => c.name);
  expect(cookies.some((name) => name.includes("session-token"))).toBe(false);
  const home = await request.get("/", { maxRedirects: 0 });
  expect(home.status()).toBe(307);
  expect(home.headers()["location"]).toMatch(/\/login$/);
});

test("the same request with the CSRF token does open a session (control)", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", {
    form: { email: CLINICIAN.email, password: CLINICIAN.password, csrfToken, json: "true" },
    maxRedirects: 0,
  });
  const cookies = (await request.storageState()).cookies.map((c) => c.name);
  expect(cookies.some((name) => name.includes("session-token"))).toBe(true);
  const home = await request.get("/", { maxRedirects: 0 });
  expect(home.status()).toBe(200);
});
