/**
 * `npm run check:bundle`: first-load JavaScript per page route (gzip) from the production build in
 * .next, against its budget (issue 10): /intake 200 kB, every other page 160 kB (kB = 1,000 bytes, as
 * Next prints sizes). Exits 1 when a route is over. Deterministic: it reads the build output only.
 *
 * Where the sizes come from (Next 16 + Turbopack no longer prints them): every page has a
 * .next/server/app/<route>/page_client-reference-manifest.js whose `entryJSFiles` lists, per entry (root
 * layout, group layouts, error/not-found boundaries, the page), the client chunks the browser loads for
 * it; .next/build-manifest.json `rootMainFiles` are the runtime chunks every page loads first.
 * `polyfillFiles` are left out: they are `nomodule` scripts that current browsers skip.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface Budgets {
  /** Bytes (gzip) per route; routes not listed get `other`. */
  routes: Record<string, number>;
  other: number;
}

export const DEFAULT_BUDGETS: Budgets = { routes: { "/intake": 200_000 }, other: 160_000 };

export interface ManifestEntry {
  /** Next's page name, e.g. "/(app)/intake/page". */
  page: string;
  /** Client chunk paths relative to .next, per entry of the page's tree. */
  entryJSFiles: Record<string, string[]>;
}

const ASSIGNMENT = /^globalThis\.__RSC_MANIFEST\[("(?:[^"\\]|\\.)*")\]\s*=\s*(\{.*\});?\s*$/gm;

/** Reads a client-reference manifest as data (JSON inside a JS assignment) without executing it. */
export function parseClientReferenceManifest(source: string): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  for (const m of source.matchAll(ASSIGNMENT)) {
    const page = JSON.parse(m[1] ?? '""') as string;
    const body = JSON.parse(m[2] ?? "{}") as { entryJSFiles?: Record<string, string[]> };
    out.push({ page, entryJSFiles: body.entryJSFiles ?? {} });
  }
  return out;
}

/**
 * The URL path of a page name: "/(app)/intake/page" -> "/intake", "/(app)/page" -> "/". null for route
 * handlers (no JavaScript is sent for them) and for the global error page (not a route).
 */
export function routeOfPage(page: string): string | null {
  if (!page.endsWith("/page") || page.startsWith("/_global-error")) return null;
  const segments = page
    .slice(0, -"/page".length)
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** The chunks a first visit to the page loads: the runtime chunks, then every entry's, each once. */
export function firstLoadFiles(rootMainFiles: readonly string[], entry: ManifestEntry): string[] {
  return [...new Set([...rootMainFiles, ...Object.values(entry.entryJSFiles).flat()])];
}

export function budgetFor(route: string, budgets: Budgets = DEFAULT_BUDGETS): number {
  return budgets.routes[route] ?? budgets.other;
}

export interface RouteSize {
  route: string;
  gzipBytes: number;
  files: number;
}

export interface BudgetVerdict extends RouteSize {
  budgetBytes: number;
  over: boolean;
}

export function checkBudgets(sizes: readonly RouteSize[], budgets: Budgets = DEFAULT_BUDGETS): BudgetVerdict[] {
  return sizes.map((s) => {
    const budgetBytes = budgetFor(s.route, budgets);
    return { ...s, budgetBytes, over: s.gzipBytes > budgetBytes };
  });
}

function manifestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return manifestFiles(full);
    return e.name.endsWith("_client-reference-manifest.js") ? [full] : [];
  });
}

/** First-load JS (gzip, level 9 as Next's own size report used) of every page route in a build. */
export function measureRoutes(nextDir: string): RouteSize[] {
  const buildManifest = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const rootMainFiles = buildManifest.rootMainFiles ?? [];
  const gzipCache = new Map<string, number>();
  const gz = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(nextDir, file)), { level: 9 }).length;
      gzipCache.set(file, size);
    }
    return size;
  };
  const sizes: RouteSize[] = [];
  for (const file of manifestFiles(path.join(nextDir, "server", "app"))) {
    for (const entry of parseClientReferenceManifest(readFileSync(file, "utf8"))) {
      const route = routeOfPage(entry.page);
      if (route === null) continue;
      const files = firstLoadFiles(rootMainFiles, entry);
      sizes.push({ route, gzipBytes: files.reduce((sum, f) => sum + gz(f), 0), files: files.length });
    }
  }
  if (sizes.length === 0) throw new Error(`no page client-reference manifests under ${nextDir}/server/app: run \`next build\` first`);
  return sizes.sort((a, b) => a.route.localeCompare(b.route));
}

export const kB = (bytes: number) => Math.round(bytes / 100) / 10;

export function formatVerdicts(verdicts: readonly BudgetVerdict[]): string {
  const lines = verdicts.map(
    (v) =>
      `${v.route.padEnd(36)}${kB(v.gzipBytes).toFixed(1).padStart(9)} kB${`/ ${kB(v.budgetBytes)} kB`.padStart(12)}  ${v.over ? "OVER" : "ok"}`,
  );
  return [`${"route".padEnd(36)}${"first-load JS (gzip)".padStart(24)}`, ...lines].join("\n");
}

if (require.main === module) {
  const nextDir = path.resolve(process.argv[2] ?? ".next");
  const verdicts = checkBudgets(measureRoutes(nextDir));
  console.log(formatVerdicts(verdicts));
  const over = verdicts.filter((v) => v.over);
  if (over.length > 0) {
    console.error(`\n${over.length} route(s) over their first-load JS budget: ${over.map((v) => v.route).join(", ")}`);
    process.exit(1);
  }
  console.log("\nEvery route is within its first-load JS budget.");
}
