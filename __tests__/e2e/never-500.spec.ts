import { expect, test, type APIResponse, type Page } from "@playwright/test";
import path from "node:path";
import { readServerActions, urlPathOf } from "../../scripts/http/action-manifest";
import { createAccount, signIn } from "./helpers";

// Issue 19, failure 4 (property 19) on the live production build: every request shape the red team got a
// 500 with now gets a 4xx with a plain message, and no stack, query or framework text. Failure 8: a
// clinician's 404 on an admin page is the same page as for a path that does not exist. The unit test
// (request-guards.test.ts) checks the guards one by one; this checks the build actually answers so, and
// never-500-fuzz.spec.ts fuzzes around these shapes.

const LEAK = /prisma|invocation|Invalid Date|at \w+ \(|node_modules|Internal Server Error|digest/i;

async function expectPlain4xx(response: APIResponse, label: string, status?: number) {
  const body = await response.text();
  expect({ label, status: response.status() }).toEqual({ label, status: status ?? expect.any(Number) });
  expect({ label, clientError: response.status() >= 400 && response.status() < 500 }).toEqual({ label, clientError: true });
  expect({ label, leak: LEAK.exec(body)?.[0] ?? null }).toEqual({ label, leak: null });
  // A plain message, not an empty body or an HTML error page.
  expect({ label, plain: body.length > 0 && body.length < 500 && !body.includes("<html") }).toEqual({ label, plain: true });
}

async function signedInClinician(page: Page) {
  await signIn(page, createAccount("clinician", "never-500"));
  return page.request;
}

test("malformed %-encoding in paths and a malformed router-state header: 400 with a plain message", async ({ page }) => {
  const request = await signedInClinician(page);
  for (const target of ["/referrals/%ZZ", "/referrals/%ZZ/pdf", "/referrals/%ED%A0%80/pdf", "/referrals/%ED%A0%80/fhir", "/evidence/%ZZ"]) {
    await expectPlain4xx(await request.get(target, { maxRedirects: 0 }), target, 400);
  }
  for (const tree of ["{", "%ZZ", "[1,2", '{"a":1}']) {
    await expectPlain4xx(
      await request.get("/referrals", { headers: { RSC: "1", "Next-Router-State-Tree": tree }, maxRedirects: 0 }),
      `router tree ${tree}`,
      400,
    );
  }
  // Control: a well-formed RSC request is served (Next first redirects it to its cache-busting ?_rsc= URL).
  const served = await request.get("/referrals", { headers: { RSC: "1" } });
  expect({ status: served.status(), type: served.headers()["content-type"] }).toEqual({
    status: 200,
    type: expect.stringMatching(/^text\/x-component/),
  });
});

test("a foreign-host next-auth.callback-url cookie no longer breaks /api/auth/*", async ({ page }) => {
  await signedInClinician(page);
  const origin = new URL(page.url()).origin;
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`);
  const cookie = [...cookies, "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3300.evil.test%2F"].join("; ");
  for (const endpoint of ["session", "csrf", "providers", "signin", "signout"]) {
    const response = await fetch(`${origin}/api/auth/${endpoint}`, { headers: { Cookie: cookie }, redirect: "manual" });
    const body = await response.text();
    expect({ endpoint, status: response.status < 500, leak: LEAK.test(body) }).toEqual({ endpoint, status: true, leak: false });
    expect({ endpoint, evil: `${response.headers.get("location") ?? ""} ${body}`.includes("evil.test") }).toEqual({
      endpoint,
      evil: false,
    });
  }
  // Alone, without a session: the same.
  for (const endpoint of ["session", "csrf", "providers", "signin", "signout"]) {
    const response = await fetch(`${origin}/api/auth/${endpoint}`, {
      headers: { Cookie: "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3300.evil.test%2F" },
      redirect: "manual",
    });
    expect({ endpoint, alone: response.status < 500 }).toEqual({ endpoint, alone: true });
  }
  // The session endpoint still answers for the signed-in clinician.
  const session = await fetch(`${origin}/api/auth/session`, { headers: { Cookie: cookie } });
  expect(await session.json()).toMatchObject({ user: { email: expect.stringMatching(/^never-500-/) } });
});

test("audit dates that are not real days: the export refuses with 400 naming the date; the page says it was not applied", async ({
  page,
}) => {
  await signIn(page, createAccount("admin", "never-500-admin"));
  for (const query of ["from=0000-00-00", "from=2026-13-01", "to=9999-12-31"]) {
    const response = await page.request.get(`/admin/audit/export?${query}`, { maxRedirects: 0 });
    await expectPlain4xx(response, `export ${query}`, 400);
  }
  for (const query of ["from=2026-13-01", "to=9999-12-31", "from=0000-00-00"]) {
    const response = await page.goto(`/admin/audit?${query}`);
    expect({ query, status: response?.status() }).toEqual({ query, status: 200 });
    await expect(page.getByRole("alert").filter({ hasText: "is not a real day" })).toContainText("That date was not applied.");
    expect(LEAK.exec(await page.locator("main").innerText())?.[0] ?? null).toBeNull();
  }
});

test("forged action bodies: not JSON, nested 5,000 deep, $Q/$F references, broken multipart, chunked 400 kB, foreign origins", async ({
  page,
}) => {
  const request = await signedInClinician(page);
  const action = readServerActions(path.join(__dirname, "..", "..")).find((a) => a.exportedName === "touchSessionAction");
  if (!action) throw new Error("touchSessionAction not in the build's manifest");
  const route = urlPathOf(action.worker, () => "probe");
  const origin = new URL(page.url()).origin;
  const headers = { "Next-Action": action.id, Origin: origin, Accept: "text/x-component" };
  const bodies: [string, string, string][] = [
    ["not JSON", "text/plain;charset=UTF-8", "this is not json"],
    ["nested 5,000 deep", "text/plain;charset=UTF-8", "[".repeat(5000) + "]".repeat(5000)],
    ["$Q1 reference", "text/plain;charset=UTF-8", '["$Q1"]'],
    ["$F2 reference", "text/plain;charset=UTF-8", '[{"a":"$F2"}]'],
    ["broken multipart", "multipart/form-data; boundary=XYZ", '--XYZ\r\nContent-Disposition: form-data; name="1"\r\n\r\n'],
  ];
  for (const [label, type, data] of bodies) {
    await expectPlain4xx(await request.post(route, { headers: { ...headers, "Content-Type": type }, data, maxRedirects: 0 }), label, 400);
  }
  for (const foreign of ["https://evil.test", "null"]) {
    await expectPlain4xx(
      await request.post(route, { headers: { ...headers, Origin: foreign, "Content-Type": "text/plain;charset=UTF-8" }, data: "[]" }),
      `action from Origin ${foreign}`,
      403,
    );
  }
  // A form-encoded action from a foreign origin (the no-JavaScript shape: no Next-Action header).
  await expectPlain4xx(
    await request.post(route, {
      headers: { Origin: "https://evil.test", "Content-Type": "application/x-www-form-urlencoded" },
      data: `$ACTION_ID_${action.id}=`,
      maxRedirects: 0,
    }),
    "foreign form-encoded action",
    403,
  );
  // A 400 kB body sent chunked, with no length: refused before it is read.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const payload = new TextEncoder().encode(JSON.stringify(["x".repeat(400 * 1024)]));
  const chunked = await fetch(`${origin}${route}`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8", Cookie: cookie },
    body: new ReadableStream({
      start(controller) {
        controller.enqueue(payload);
        controller.close();
      },
    }),
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  const chunkedBody = await chunked.text();
  expect({ status: chunked.status, leak: LEAK.test(chunkedBody) }).toEqual({ status: 411, leak: false });
  // The same 400 kB with its length: 413, said plainly.
  await expectPlain4xx(
    await request.post(route, {
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
      data: JSON.stringify(["x".repeat(400 * 1024)]),
    }),
    "400 kB with a length",
    413,
  );
  // Control: the well-formed call still works.
  const fine = await request.post(route, {
    headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(fine.status()).toBe(200);
});

test("a clinician's 404 on an admin page is the unknown path's 404: same status, title, page and markup", async ({ page }) => {
  await signedInClinician(page);
  const seen = async (target: string) => {
    const response = await page.goto(target);
    return {
      status: response?.status(),
      title: await page.title(),
      text: await page.locator("body").innerText(),
      // The rendered page: its elements, without the framework's inline scripts (route data) and nonces.
      markup: (await page.locator("body").innerHTML()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/ nonce="[^"]*"/g, ""),
      header: await page.getByTestId("signed-in-user").count(),
    };
  };
  const unknown = await seen("/no-such-page-at-all");
  expect(unknown.status).toBe(404);
  for (const target of ["/admin/users", "/admin/audit", "/admin/evidence", "/admin/security", "/admin/therapists", "/admin/outbox"]) {
    const admin = await seen(target);
    expect({ target, ...admin, markup: admin.markup === unknown.markup }).toEqual({ target, ...unknown, markup: true });
    const html = await (await page.request.get(target)).text();
    expect({ target, leak: /(Users|Audit log|Curate evidence|Security|Therapists|Outbox) · MassageRx/.exec(html)?.[0] ?? null }).toEqual({
      target,
      leak: null,
    });
  }
});
