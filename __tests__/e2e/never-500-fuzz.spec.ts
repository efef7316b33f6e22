import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import path from "node:path";
import { readServerActions, urlPathOf } from "../../scripts/http/action-manifest";
import { createAccount, signIn } from "./helpers";

// Issue 19 failure 4, fuzzed against the production build: random requests of each shape the red team got
// a 500 with (bad %-encoding in a referral or evidence path, a junk Next-Router-State-Tree, junk server
// action bodies, a junk next-auth.callback-url cookie, audit dates that are not days) never get a 5xx and
// never show stack, query or framework text. never-500.spec.ts pins the listed examples; this looks
// around them. The seed is fixed so a failure can be replayed; fast-check prints the shrunk request.
test.setTimeout(240_000);

const SEED = 19_2026;
const RUNS = 60;
const LEAK = /prisma|invocation|Invalid Date|at \w+ \(|node_modules|Internal Server Error/i;

/** Visible ASCII: what an HTTP header value or a hand-typed URL may hold. */
const visible = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const percentBytes = fc
  .uint8Array({ minLength: 1, maxLength: 12 })
  .map((bytes) => [...bytes].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""));
/** A path segment with broken or odd %-escapes among ordinary characters. */
const segment = fc
  .array(fc.oneof(percentBytes, fc.constantFrom("%", "%Z", "%ZZ", "%E", "%ED%A0", "%C0%AF"), fc.stringMatching(/^[A-Za-z0-9._~-]{0,8}$/)), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(""));

async function expectNo500(response: { status(): number; text(): Promise<string> }, label: string) {
  const body = await response.text();
  expect({ label, status: response.status() < 500, leak: LEAK.exec(body)?.[0] ?? null }).toEqual({ label, status: true, leak: null });
}

async function fuzz<T>(arbitrary: fc.Arbitrary<T>, send: (input: T) => Promise<void>) {
  await fc.assert(fc.asyncProperty(arbitrary, send), { seed: SEED, numRuns: RUNS, endOnFailure: true });
}

test("random bad paths, router-state headers, action bodies and callback-url cookies never get a 5xx", async ({ page }) => {
  await signIn(page, createAccount("clinician", "never-500-fuzz"));
  const request: APIRequestContext = page.request;
  const origin = new URL(page.url()).origin;

  await fuzz(
    fc.tuple(fc.constantFrom("/referrals/", "/evidence/", "/r/"), segment, fc.constantFrom("", "/pdf", "/fhir", "/print")),
    async ([base, seg, tail]) => {
      const target = `${base}${seg}${base === "/referrals/" ? tail : ""}`;
      await expectNo500(await request.get(target, { maxRedirects: 0 }), target);
    },
  );

  await fuzz(
    fc.oneof(
      visible,
      percentBytes,
      fc.json().map((j) => encodeURIComponent(j)),
    ),
    async (tree) => {
      await expectNo500(
        await request.get("/referrals", { headers: { RSC: "1", "Next-Router-State-Tree": tree }, maxRedirects: 0 }),
        `tree ${tree}`,
      );
    },
  );

  const action = readServerActions(path.join(__dirname, "..", "..")).find((a) => a.exportedName === "touchSessionAction");
  if (!action) throw new Error("touchSessionAction not in the build's manifest");
  const route = urlPathOf(action.worker, () => "probe");
  const headers = { "Next-Action": action.id, Origin: origin, Accept: "text/x-component" };
  const bodies = fc.oneof(
    fc.json().map((data) => ({ type: "text/plain;charset=UTF-8", data })),
    fc.string({ maxLength: 200 }).map((data) => ({ type: "text/plain;charset=UTF-8", data })),
    fc.integer({ min: 1, max: 6000 }).map((depth) => ({ type: "text/plain;charset=UTF-8", data: "[".repeat(depth) + "]".repeat(depth) })),
    fc
      .tuple(fc.constantFrom("$Q", "$F", "$K", "$B", "$@", "$T", "$h", "$"), fc.nat(99))
      .map(([ref, n]) => ({ type: "text/plain;charset=UTF-8", data: JSON.stringify([`${ref}${n}`, { a: `${ref}${n}` }]) })),
    fc.tuple(visible, fc.string({ maxLength: 80 })).map(([boundary, junk]) => ({
      type: `multipart/form-data; boundary=${boundary || "x"}`,
      data: `--${boundary}\r\nContent-Disposition: form-data; name="1"\r\n\r\n${junk}`,
    })),
  );
  await fuzz(bodies, async ({ type, data }) => {
    await expectNo500(
      await request.post(route, { headers: { ...headers, "Content-Type": type }, data, maxRedirects: 0 }),
      `action ${type} ${data.slice(0, 80)}`,
    );
  });

  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`);
  await fuzz(
    fc.tuple(fc.oneof(fc.webUrl(), visible, percentBytes), fc.constantFrom("session", "csrf", "providers", "signin", "signout")),
    async ([callbackUrl, endpoint]) => {
      const cookie = [...cookies, `next-auth.callback-url=${encodeURIComponent(callbackUrl)}`].join("; ");
      const response = await fetch(`${origin}/api/auth/${endpoint}`, { headers: { Cookie: cookie }, redirect: "manual" });
      const body = await response.text();
      expect({ callbackUrl, endpoint, status: response.status < 500, leak: LEAK.test(body) }).toEqual({
        callbackUrl,
        endpoint,
        status: true,
        leak: false,
      });
    },
  );
});

test("random audit dates, real or not, never get a 5xx from the audit page or its export", async ({ page }) => {
  await signIn(page, createAccount("admin", "never-500-fuzz-admin"));
  const day = fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    visible,
  );
  await fuzz(
    fc.tuple(fc.constantFrom("from", "to"), day, fc.constantFrom("/admin/audit", "/admin/audit/export")),
    async ([name, value, target]) => {
      const url = `${target}?${name}=${encodeURIComponent(value)}`;
      await expectNo500(await page.request.get(url, { maxRedirects: 0 }), url);
    },
  );
});
