/**
 * `npm run bench`: every benchmark of issue 10 in one run — the matcher (bench-match.ts), the suggestion
 * action vs the health route, saves and the PDF route over HTTP (bench-http.ts), and first-load JS per
 * route (scripts/check-bundle-budget.ts) — printed as a table and written to bench/results.json with the
 * machine they ran on. Builds first when .next is missing or stale.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_BUDGETS, budgetFor, kB, measureRoutes } from "@/scripts/check-bundle-budget";
import { runMatcherBench } from "./bench-match";
import { runHttpBench, type HttpBenchResult } from "./bench-http";
import { ensureBuild } from "../scripts/ensure-build";
import { machineInfo, type MachineInfo } from "./stats";

const ROOT = path.resolve(__dirname, "..");

interface BundleResult {
  intake_kb_gz: number;
  /** The heaviest route other than /intake (whose budget is larger). */
  max_route_kb_gz: number;
  max_route: string;
  routes: Record<string, number>;
}

interface Target {
  name: string;
  value: number;
  limit: string;
  met: boolean;
}

function bundleResult(): BundleResult {
  const sizes = measureRoutes(path.join(ROOT, ".next"));
  const intake = sizes.find((s) => s.route === "/intake");
  const others = sizes.filter((s) => s.route !== "/intake").sort((a, b) => b.gzipBytes - a.gzipBytes);
  const max = others[0];
  if (!intake || !max) throw new Error("build output has no /intake page");
  return {
    intake_kb_gz: kB(intake.gzipBytes),
    max_route_kb_gz: kB(max.gzipBytes),
    max_route: max.route,
    routes: Object.fromEntries(sizes.map((s) => [s.route, kB(s.gzipBytes)])),
  };
}

function targets(m: ReturnType<typeof runMatcherBench>, h: HttpBenchResult, b: BundleResult): Target[] {
  const otherBudget = kB(DEFAULT_BUDGETS.other);
  const intakeBudget = kB(budgetFor("/intake"));
  return [
    { name: "matcher p99 at 1,000 conditions", value: m.p99_ms_1000, limit: "< 2 ms", met: m.p99_ms_1000 < 2 },
    {
      name: "matcher top-1 vs Fuse.js (test part)",
      value: m.accuracy_test,
      limit: `> ${m.baseline_accuracy_test}`,
      met: m.accuracy_test > m.baseline_accuracy_test,
    },
    { name: "suggest rps / health rps (c10)", value: h.http.ratio, limit: ">= 0.5", met: h.http.ratio >= 0.5 },
    { name: "suggest p99 at 10 concurrent", value: h.http.suggest_p99_ms_c10, limit: "< 100 ms", met: h.http.suggest_p99_ms_c10 < 100 },
    { name: "PDF p50", value: h.pdf.p50_ms, limit: "< 200 ms", met: h.pdf.p50_ms < 200 },
    { name: "intake first-load JS (kB gz)", value: b.intake_kb_gz, limit: `<= ${intakeBudget}`, met: b.intake_kb_gz <= intakeBudget },
    {
      name: `max other route (${b.max_route})`,
      value: b.max_route_kb_gz,
      limit: `<= ${otherBudget}`,
      met: b.max_route_kb_gz <= otherBudget,
    },
  ];
}

function table(machine: MachineInfo, h: HttpBenchResult, t: Target[]): string {
  const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padStart(widths[i] ?? 10)).join("");
  const w = [8, 14, 12, 12, 14, 12, 12];
  return [
    `Machine: ${machine.cpus} x ${machine.cpu_model}, ${machine.memory_gb} GB, Node ${machine.node}, load ${machine.load_avg_1m}, ${machine.date}`,
    "",
    `HTTP (production build, fresh SQLite, median of ${h.http.rounds} rounds of ${h.http.seconds_per_run} s, loopback; bare Node server ${h.http.bare_node_rps_c10} rps at c10)`,
    row(["conns", "suggest rps", "p50 ms", "p99 ms", "health rps", "p50 ms", "p99 ms"], w),
    ...h.http.levels.map((l) =>
      row([l.connections, l.suggest_rps, l.suggest_p50_ms, l.suggest_p99_ms, l.health_rps, l.health_p50_ms, l.health_p99_ms], w),
    ),
    `saves/s: ${h.save.rps_c10} at 10 concurrent (p99 ${h.save.p99_ms_c10} ms), ${h.save.rps_c50} at 50 (p99 ${h.save.p99_ms_c50} ms); ${h.save.saved_rows} referrals written`,
    `PDF: p50 ${h.pdf.p50_ms} ms, p99 ${h.pdf.p99_ms} ms (${h.pdf.method}, ${h.pdf.samples} samples)`,
    "",
    "Targets",
    ...t.map((x) => `${x.name.padEnd(44)}${String(x.value).padStart(10)}  ${x.limit.padEnd(10)} ${x.met ? "met" : "NOT MET"}`),
  ].join("\n");
}

async function main() {
  ensureBuild(ROOT);
  const machine = machineInfo();
  console.error("Matcher benchmark…");
  const matcher = runMatcherBench();
  const bundle = bundleResult();
  console.error("HTTP benchmark (suggest, health, save, PDF)…");
  const http = await runHttpBench(ROOT);
  const t = targets(matcher, http, bundle);
  const results = { machine, matcher, ...http, bundle, targets: Object.fromEntries(t.map((x) => [x.name, x.met])) };
  writeFileSync(path.join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(machine, http, t));
  console.log(
    `\nMatcher: p50 ${matcher.p50_ms_1000} ms, p99 ${matcher.p99_ms_1000} ms at 1,000 conditions; top-1 on the test part ${matcher.accuracy_test} vs Fuse.js ${matcher.baseline_accuracy_test}`,
  );
  console.log(
    `Bundle: /intake ${bundle.intake_kb_gz} kB gz; heaviest other route ${bundle.max_route} ${bundle.max_route_kb_gz} kB gz (npm run check:bundle for every route)`,
  );
  console.log("\nWritten: bench/results.json");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
