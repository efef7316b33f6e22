/**
 * The tables of docs/performance.md ("Flat at any size") from bench/scale-results.json: per database, each
 * page's p50 / p95 / p99 at every measured size side by side, the ratio of the largest size's p99 to the
 * smallest's (flat = close to 1), each page's p50 over /api/health's p50 in the same run (what is left
 * of the page's cost once the machine's load is divided out), /api/health's p99 and the server's peak
 * memory over idle; then the exports. `npx tsx bench/scale/report.ts` prints them; bench:scale prints them at the end.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

interface Timing {
  median_ms: number;
  p95_ms?: number;
  p99_ms: number;
}
interface Page {
  page: string;
  page_timing: Timing;
  health_timing: Timing;
  peak_over_idle_mb: number;
  /** Absent in runs recorded before bench:scale traced the server's collections. */
  major_gc?: { count: number; longest_ms: number };
}
interface Export {
  export: string;
  seconds: number;
  rows: number;
  bytes: number;
  peak_over_idle_mb: number;
}
interface Run {
  provider: string;
  size: number;
  referrals: number;
  auditEvents: number;
  rounds: number;
  machine: { cpus: number; cpu_model: string; memory_gb: number; load_avg_1m: number; date: string };
  pages: Page[];
  exports: Export[];
}

const short = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : String(n));
const ms = (t: Timing) => `${t.median_ms} / ${t.p95_ms ?? "–"} / ${t.p99_ms}`;

export function scaleReport(runs: Run[]): string {
  const out: string[] = [];
  for (const provider of [...new Set(runs.map((r) => r.provider))]) {
    const mine = runs.filter((r) => r.provider === provider).sort((a, b) => a.size - b.size);
    const smallest = mine[0];
    const largest = mine.at(-1);
    if (!smallest || !largest) continue;
    out.push(
      `\n**${provider}** (${mine.map((r) => `${short(r.size)} referrals / ${short(r.auditEvents)} audit events, load ${r.machine.load_avg_1m} at start`).join("; ")})\n`,
    );
    out.push(
      `| page | ${mine.map((r) => `${short(r.size)} p50 / p95 / p99 ms`).join(" | ")} | p99 ${short(largest.size)} ÷ ${short(smallest.size)} | ${mine.map((r) => `${short(r.size)} p50 ÷ health p50`).join(" | ")} | health p99 at ${short(largest.size)} | peak MB over idle at ${short(largest.size)} | full GCs in the window (longest pause ms), ${mine.map((r) => short(r.size)).join(" / ")} |`,
    );
    out.push(`|---|${mine.map(() => "---|").join("")}---|${mine.map(() => "---|").join("")}---|---|---|`);
    for (const page of smallest.pages.map((p) => p.page)) {
      const cells = mine.map((r) => r.pages.find((p) => p.page === page));
      const big = cells.at(-1);
      const small = cells[0];
      const ratio = big && small && small.page_timing.p99_ms > 0 ? (big.page_timing.p99_ms / small.page_timing.p99_ms).toFixed(1) : "–";
      const load = (c: Page | undefined) =>
        c && c.health_timing.median_ms > 0 ? `${(c.page_timing.median_ms / c.health_timing.median_ms).toFixed(1)}×` : "–";
      const gc = (c: Page | undefined) => (c?.major_gc ? (c.major_gc.count ? `${c.major_gc.count} (${c.major_gc.longest_ms})` : "0") : "–");
      out.push(
        `| ${page} | ${cells.map((c) => (c ? ms(c.page_timing) : "–")).join(" | ")} | ${ratio}× | ${cells.map(load).join(" | ")} | ${big?.health_timing.p99_ms ?? "–"} | ${big?.peak_over_idle_mb ?? "–"} | ${cells.map(gc).join(" / ")} |`,
      );
    }
    out.push(`\n| export (${provider}) | ${mine.map((r) => `${short(r.size)}: rows, MB, s, rows/s, peak MB over idle`).join(" | ")} |`);
    out.push(`|---|${mine.map(() => "---|").join("")}`);
    for (const name of smallest.exports.map((e) => e.export)) {
      const cells = mine.map((r) => r.exports.find((e) => e.export === name));
      const text = (e: Export | undefined) =>
        e
          ? `${e.rows.toLocaleString("en-US")}, ${(e.bytes / 1e6).toFixed(1)}, ${e.seconds}, ${e.seconds > 0 ? Math.round(e.rows / e.seconds).toLocaleString("en-US") : "–"}, ${e.peak_over_idle_mb}`
          : "–";
      out.push(`| ${name} | ${cells.map(text).join(" | ")} |`);
    }
  }
  return out.join("\n");
}

if (require.main === module) {
  const file = path.join(__dirname, "..", "scale-results.json");
  const { runs } = JSON.parse(readFileSync(file, "utf8")) as { runs: Run[] };
  console.log(scaleReport(runs));
}
