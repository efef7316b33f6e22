import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { actionArgumentsProblem } from "@/lib/security/request-guards";

// Issue 19, failure 4: request shapes that Next.js answered with HTTP 500. Each must get a 4xx with a
// plain message from the proxy, before Next decodes it; well-formed requests pass on (200 from the proxy).
// The same shapes are sent to a running build in __tests__/e2e/never-500.spec.ts.
const origin = "http://localhost:3000";
const action = (body: string, headers: Record<string, string> = {}) =>
  new NextRequest(`${origin}/intake`, {
    method: "POST",
    body,
    headers: {
      host: "localhost:3000",
      origin,
      "next-action": "abc",
      "content-type": "text/plain;charset=UTF-8",
      "content-length": String(Buffer.byteLength(body)),
      ...headers,
    },
  });

async function expectRefused(request: NextRequest, status: number) {
  const response = await proxy(request);
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: string };
  expect(body.error).toMatch(/^[A-Z][^<>{}]+$/);
  expect(response.headers.get("cache-control")).toBe("no-store");
}

describe("malformed requests get a plain 4xx, never Next's 500 (failure 4)", () => {
  test("bad %-encoding in a path: /referrals/%ZZ, /referrals/%ED%A0%80/pdf and /fhir, /evidence/%ZZ", async () => {
    for (const path of [
      "/referrals/%ZZ",
      "/referrals/%ED%A0%80/pdf",
      "/referrals/%ED%A0%80/fhir",
      "/evidence/%ZZ",
      "/referrals/%E0%A4%A",
    ]) {
      await expectRefused(new NextRequest(`${origin}${path}`), 400);
    }
    expect((await proxy(new NextRequest(`${origin}/referrals/caf%C3%A9`))).status).toBe(200);
  });

  test("action bodies that are not JSON, nested 5,000 deep, or hold $Q/$F/$K references", async () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    for (const body of ["not json", "{", '{"a":1}', deep, '["$Q1"]', '[{"x":"$F2"}]', '["$K1"]', '["$@0"]', '["$B1"]']) {
      await expectRefused(action(body), 400);
    }
    await expectRefused(action("--x\r\nbroken", { "content-type": "multipart/form-data; boundary=x" }), 400);
  });

  test("what the app's own forms send passes: plain values, escaped $$ strings, undefined, dates", async () => {
    for (const body of [
      "[]",
      '[{"email":"a@b.test","n":3,"ok":true,"list":[1,2]}]',
      '["$$5 off"]',
      '["$undefined"]',
      '["$D2026-12-01T10:00:00.000Z"]',
    ]) {
      expect(actionArgumentsProblem(body)).toBeNull();
      expect((await proxy(action(body))).status).toBe(200);
    }
  });

  test("a chunked action body (no Content-Length) gets 411, not a 500 from Next's limit", async () => {
    const request = new NextRequest(`${origin}/intake`, {
      method: "POST",
      body: "[]",
      headers: { host: "localhost:3000", origin, "next-action": "abc" },
    });
    request.headers.delete("content-length");
    await expectRefused(request, 411);
  });

  test("a form-encoded POST from a foreign Origin (no Next-Action header) gets 403", async () => {
    for (const from of ["https://evil.test", "null"]) {
      const request = new NextRequest(`${origin}/intake`, {
        method: "POST",
        body: "$ACTION_ID_abc=1",
        headers: { host: "localhost:3000", origin: from, "content-type": "application/x-www-form-urlencoded" },
      });
      await expectRefused(request, 403);
    }
  });

  test("a malformed Next-Router-State-Tree header gets 400; Next's own shape passes", async () => {
    for (const value of ["{", "%ZZ", "42", '{"a":1}']) {
      await expectRefused(new NextRequest(`${origin}/referrals`, { headers: { rsc: "1", "next-router-state-tree": value } }), 400);
    }
    // Next 16's shape (its 5th element is a number of flags: the `true` of older versions is refused).
    const good = encodeURIComponent(JSON.stringify(["", { children: ["referrals", { children: ["__PAGE__", {}] }] }, null, null, 0]));
    expect((await proxy(new NextRequest(`${origin}/referrals`, { headers: { rsc: "1", "next-router-state-tree": good } }))).status).toBe(
      200,
    );
  });

  test("a next-auth callback-url cookie naming another host is dropped before next-auth reads it", async () => {
    const forwarded = async (cookie: string) => {
      const response = await proxy(new NextRequest(`${origin}/api/auth/session`, { headers: { cookie } }));
      expect(response.status).toBe(200);
      return response.headers.get("x-middleware-request-cookie");
    };
    const evil = await forwarded("a=1; next-auth.callback-url=http%3A%2F%2Flocalhost%3A3300.evil.test%2F; b=2");
    expect(evil).not.toContain("callback-url");
    expect(evil).toContain("a=1");
    expect(evil).toContain("b=2");
    // A same-origin URL or a path is left alone.
    expect(await forwarded(`next-auth.callback-url=${encodeURIComponent(`${origin}/referrals`)}`)).toContain("callback-url");
    expect(await forwarded("next-auth.callback-url=%2Freferrals")).toContain("callback-url");
    expect(await forwarded("next-auth.callback-url=%2F%2Fevil.test%2F")).not.toContain("callback-url");
    // Sent twice (the browser's own from sign-in, then a forged one): next-auth reads the last, so the
    // foreign one goes and the same-origin one stays.
    const twice = await forwarded(
      `next-auth.callback-url=%2Freferrals; x=1; next-auth.callback-url=http%3A%2F%2Flocalhost%3A3300.evil.test%2F; __Secure-next-auth.callback-url=https%3A%2F%2Fevil.test`,
    );
    expect(twice).toContain("next-auth.callback-url=%2Freferrals");
    expect(twice).not.toContain("evil.test");
    expect(twice).toContain("x=1");
  });

  test("a router-state header Next's own parser refuses gets 400; one it accepts passes", async () => {
    for (const tree of ["{", "%ZZ", "[1,2", '{"a":1}', '["x"]', '["", 5]', "x".repeat(50_000)]) {
      await expectRefused(new NextRequest(`${origin}/referrals`, { headers: { rsc: "1", "next-router-state-tree": tree } }), 400);
    }
  });
});
