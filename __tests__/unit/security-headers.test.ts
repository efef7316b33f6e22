import { NextRequest } from "next/server";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/security/request-limits";
import { config, isCrossOriginAction, isOversizedAction, proxy } from "@/proxy";

// Property 23 (unit level; the live server is checked by __tests__/e2e/security.spec.ts).
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? "", values]),
  );
}

describe("proxy security headers (property 23)", () => {
  const run = (url = "http://localhost/referrals") => proxy(new NextRequest(url));

  test("CSP with a per-request nonce, strict-dynamic and no unsafe-inline scripts", async () => {
    const csp = (await run()).headers.get("content-security-policy") ?? "";
    const d = directives(csp);
    const script = d.get("script-src") ?? [];
    expect(script).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
    expect(script.some((v) => /^'nonce-[A-Za-z0-9+/=]{20,}'$/.test(v))).toBe(true);
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  test("a fresh nonce on every response, handed to Next in the request headers", async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => run()));
    const nonces = new Set(responses.map((r) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1]));
    expect(nonces.size).toBe(50);
    const response = await run();
    const forwarded = response.headers.get("x-middleware-request-content-security-policy");
    expect(forwarded).toBe(response.headers.get("content-security-policy"));
  });

  test("Cache-Control: no-store on pages, RSC requests and route handlers", async () => {
    expect((await run()).headers.get("cache-control")).toBe("no-store");
    expect((await run("http://localhost/admin/audit/export")).headers.get("cache-control")).toBe("no-store");
  });

  test("the matcher skips only hashed static assets", () => {
    const [pattern] = config.matcher;
    const regex = new RegExp(`^${(pattern ?? "").replace("/(", "/(?:")}$`);
    expect(regex.test("/referrals/abc")).toBe(true);
    expect(regex.test("/api/referrals/abc/pdf")).toBe(true);
    expect(regex.test("/_next/static/chunks/app.js")).toBe(false);
  });

  test("the proxy does no authentication: an anonymous request passes through (pages check the session)", async () => {
    const response = await run("http://localhost/admin/users");
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
  });
});

describe("next.config.js static headers (property 23)", () => {
  type Config = { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
  // next.config.js decides HSTS when it loads, so each case loads a fresh copy.
  const load = async (): Promise<Config> => {
    jest.resetModules();
    const file: string = "../../next.config.js";
    const mod = (await import(file)) as Config & { default?: Config };
    return mod.default ?? mod;
  };
  const headerMap = async () =>
    new Map((await (await load()).headers()).flatMap((rule) => rule.headers.map((h) => [h.key.toLowerCase(), h.value] as const)));

  test("nosniff, Referrer-Policy and X-Frame-Options on every response", async () => {
    const h = await headerMap();
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toMatch(/no-referrer|strict-origin/);
    expect(h.get("x-frame-options")).toBe("DENY");
  });

  test("HSTS only in production", async () => {
    const env = process.env as Record<string, string | undefined>;
    const before = env.NODE_ENV;
    try {
      env.NODE_ENV = "development";
      expect((await headerMap()).has("strict-transport-security")).toBe(false);
      env.NODE_ENV = "production";
      expect((await headerMap()).get("strict-transport-security")).toMatch(/max-age=\d{8,}/);
    } finally {
      env.NODE_ENV = before;
    }
  });
});

describe("cross-origin server actions (property 11)", () => {
  const action = (headers: Record<string, string>) =>
    new NextRequest("http://localhost:3000/intake", {
      method: "POST",
      headers: { host: "localhost:3000", "next-action": "abc", ...headers },
    });

  test("a foreign Origin or Origin: null is refused with 403 before Next runs the action", async () => {
    for (const origin of ["https://evil.test", "null", "http://localhost:3001"]) {
      const response = await proxy(action({ origin }));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "Cross-origin request refused" });
    }
  });

  test("same origin passes through, and so do non-action requests", () => {
    expect(isCrossOriginAction(action({ origin: "http://localhost:3000" }))).toBe(false);
    expect(
      isCrossOriginAction(new NextRequest("http://localhost:3000/login", { method: "POST", headers: { origin: "https://evil.test" } })),
    ).toBe(false);
  });
});

describe("oversized server-action bodies (property 19)", () => {
  const action = (length: number, extra: Record<string, string> = {}) =>
    new NextRequest("http://localhost:3000/intake", {
      method: "POST",
      headers: {
        host: "localhost:3000",
        origin: "http://localhost:3000",
        "next-action": "abc",
        "content-length": String(length),
        ...extra,
      },
    });

  test("a declared length over the limit is refused with 413 and a plain message, not Next's 500", async () => {
    const response = await proxy(action(ACTION_BODY_LIMIT_BYTES + 1));
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "The request is too large (the limit is 256 kB)." });
  });

  test("at the limit, without a length, or not a server action: passed on", async () => {
    expect(isOversizedAction(action(ACTION_BODY_LIMIT_BYTES))).toBe(false);
    expect(isOversizedAction(new NextRequest("http://localhost:3000/intake", { method: "POST", headers: { "next-action": "abc" } }))).toBe(
      false,
    );
    expect(
      isOversizedAction(
        new NextRequest("http://localhost:3000/api/auth/callback/credentials", { method: "POST", headers: { "content-length": "999999" } }),
      ),
    ).toBe(false);
    const atLimit = new NextRequest("http://localhost:3000/intake", {
      method: "POST",
      body: "[]",
      headers: {
        host: "localhost:3000",
        origin: "http://localhost:3000",
        "next-action": "abc",
        "content-length": String(ACTION_BODY_LIMIT_BYTES),
      },
    });
    expect((await proxy(atLimit)).status).toBe(200);
  });

  test("the limit is the one next.config.js gives Next (256kb = 256 x 1024 bytes)", () => {
    const nextConfig = jest.requireActual<{ experimental?: { serverActions?: { bodySizeLimit?: string } } }>("../../next.config.js");
    const declared = /^(\d+)kb$/.exec(nextConfig.experimental?.serverActions?.bodySizeLimit ?? "");
    expect(Number(declared?.[1]) * 1024).toBe(ACTION_BODY_LIMIT_BYTES);
  });
});
