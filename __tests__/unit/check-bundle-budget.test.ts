import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import {
  budgetFor,
  checkBudgets,
  DEFAULT_BUDGETS,
  firstLoadFiles,
  measureRoutes,
  parseClientReferenceManifest,
  routeOfPage,
} from "@/scripts/check-bundle-budget";

const BUILD = path.join(__dirname, "..", "fixtures", "bundle-build");
const gz = (file: string) => gzipSync(readFileSync(path.join(BUILD, file)), { level: 9 }).length;

describe("client-reference manifest parsing", () => {
  const source = readFileSync(path.join(BUILD, "server/app/(app)/intake/page_client-reference-manifest.js"), "utf8");

  test("reads the page name and its entries' chunks without executing the file", () => {
    const [entry, ...rest] = parseClientReferenceManifest(source);
    expect(rest).toEqual([]);
    expect(entry?.page).toBe("/(app)/intake/page");
    expect(Object.keys(entry?.entryJSFiles ?? {})).toEqual([
      "[project]/app/layout",
      "[project]/app/(app)/layout",
      "[project]/app/(app)/intake/page",
    ]);
  });

  test("a file with no manifest assignment gives no entries", () => {
    expect(parseClientReferenceManifest("globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};")).toEqual([]);
  });

  test("first-load files: runtime chunks first, each chunk once across entries", () => {
    const [entry] = parseClientReferenceManifest(source);
    if (!entry) throw new Error("no entry");
    expect(firstLoadFiles(["static/chunks/runtime.js"], entry)).toEqual([
      "static/chunks/runtime.js",
      "static/chunks/layout.js",
      "static/chunks/app-layout.js",
      "static/chunks/form.js",
    ]);
  });
});

describe("routeOfPage", () => {
  test.each([
    ["/(app)/intake/page", "/intake"],
    ["/(app)/page", "/"],
    ["/(app)/referrals/[id]/print/page", "/referrals/[id]/print"],
    ["/login/page", "/login"],
    ["/_not-found/page", "/_not-found"],
  ])("%s is the route %s", (page, route) => {
    expect(routeOfPage(page)).toBe(route);
  });

  test.each(["/api/health/route", "/(app)/referrals/[id]/pdf/route", "/_global-error/page"])("%s is not a page route", (page) => {
    expect(routeOfPage(page)).toBeNull();
  });
});

describe("budgets", () => {
  test("intake has 200 kB, every other route 160 kB", () => {
    expect(budgetFor("/intake")).toBe(200_000);
    expect(budgetFor("/login")).toBe(160_000);
    expect(budgetFor("/referrals/[id]", DEFAULT_BUDGETS)).toBe(160_000);
  });

  test("a route is over only when strictly above its budget", () => {
    const verdicts = checkBudgets([
      { route: "/intake", gzipBytes: 200_000, files: 1 },
      { route: "/login", gzipBytes: 160_001, files: 1 },
      { route: "/", gzipBytes: 159_999, files: 1 },
    ]);
    expect(verdicts.map((v) => [v.route, v.over])).toEqual([
      ["/intake", false],
      ["/login", true],
      ["/", false],
    ]);
  });
});

describe("measureRoutes on a small build", () => {
  const sizes = measureRoutes(BUILD);

  test("one row per page route; route handlers and polyfills are left out", () => {
    expect(sizes.map((s) => s.route)).toEqual(["/intake", "/login"]);
    const login = sizes.find((s) => s.route === "/login");
    expect(login).toEqual({
      route: "/login",
      files: 3,
      gzipBytes: gz("static/chunks/runtime.js") + gz("static/chunks/layout.js") + gz("static/chunks/form.js"),
    });
  });

  test("the check fails the route that passes its budget and only that one", () => {
    const intake = sizes.find((s) => s.route === "/intake");
    const login = sizes.find((s) => s.route === "/login");
    if (!intake || !login) throw new Error("missing routes");
    // A budget between the two sizes: the larger intake page is over, the login page is not.
    const budgets = { routes: {}, other: login.gzipBytes };
    expect(
      checkBudgets(sizes, budgets)
        .filter((v) => v.over)
        .map((v) => v.route),
    ).toEqual(["/intake"]);
    expect(checkBudgets(sizes, { routes: { "/intake": intake.gzipBytes }, other: login.gzipBytes }).some((v) => v.over)).toBe(false);
  });
});
