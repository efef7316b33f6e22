import { expect, test } from "@playwright/test";
import { createAccount, signIn, uniqueTag } from "./helpers";
import { createReferral, KNEE_COMPLAINT, KNEE_OA } from "./support/intake";

// Security properties 12 (session cookie), 23 (headers on the live server) and 4 (authorization does
// not depend on the proxy: Next's internal headers and RSC paths get no patient data).

test("the session cookie is HttpOnly and SameSite=Lax (Secure and __Secure- apply over https only)", async ({ page, context }) => {
  await signIn(page, createAccount("clinician", "cookie"));
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session, cookies.map((c) => c.name).join(", ")).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(["Lax", "Strict"]).toContain(session?.sameSite);
  // The test server is plain http on localhost (NEXTAUTH_URL http://…): next-auth then drops Secure and
  // the __Secure- prefix; an https NEXTAUTH_URL turns both on (unit-tested with the auth options).
  expect(session?.name).toBe("next-auth.session-token");
  expect(session?.secure).toBe(false);
});

test("every page carries CSP with a nonce, nosniff, Referrer-Policy and no-store where patient data is", async ({ page }) => {
  await signIn(page, createAccount("clinician", "headers"));
  const id = await createReferral(page, { patientName: `Header Patient ${uniqueTag()}`, complaint: KNEE_COMPLAINT }, KNEE_OA);
  const nonces = new Set<string>();
  for (const path of ["/login", "/", "/intake", "/referrals", `/referrals/${id}`, `/referrals/${id}/print`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const h = response.headers();
    const csp = h["content-security-policy"] ?? "";
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, `${path} CSP nonce`).toBeTruthy();
    if (nonce) nonces.add(nonce);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("no-referrer");
    expect(h["cache-control"], path).toContain("no-store");
    // Next puts this response's nonce on its own scripts; none runs without it.
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(6);
  for (const path of [`/referrals/${id}/pdf`, `/referrals/${id}/fhir`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toContain("no-store");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("Next's internal headers and RSC requests without a cookie get no patient data", async ({ page, playwright, baseURL }) => {
  const patient = `Rsc Patient ${uniqueTag()}`;
  await signIn(page, createAccount("clinician", "rsc"));
  const id = await createReferral(page, { patientName: patient, complaint: KNEE_COMPLAINT }, KNEE_OA);
  const anonymous = await playwright.request.newContext({ baseURL });
  const tricks: { path: string; headers: Record<string, string> }[] = [
    { path: `/referrals/${id}`, headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
    { path: `/referrals/${id}`, headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } },
    { path: `/referrals/${id}`, headers: { RSC: "1" } },
    { path: `/referrals/${id}`, headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
    { path: `/referrals/${id}.rsc`, headers: {} },
    { path: `/referrals/${id}.rsc`, headers: { RSC: "1" } },
    { path: `/referrals/${id}/print`, headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
    { path: `/referrals/${id}/pdf`, headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
    { path: `/referrals/${id}/fhir`, headers: { RSC: "1" } },
    { path: "/referrals", headers: { RSC: "1" } },
  ];
  for (const { path, headers } of tricks) {
    const response = await anonymous.get(path, { headers, maxRedirects: 0 });
    const label = `${path} ${JSON.stringify(headers)} → ${response.status()}`;
    expect(response.status(), label).not.toBe(500);
    const body = await response.text();
    expect(body, label).not.toContain(patient);
    expect(body, label).not.toContain("Header Patient");
  }
  await anonymous.dispose();
});
