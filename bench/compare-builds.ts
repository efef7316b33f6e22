/**
 * `npx tsx bench/compare-builds.ts <treeA> <treeB> [rounds=8] [seconds=4]`: the suggestion path of two
 * production builds side by side, e.g. main against a change, to see what a change is worth.
 *
 * On a shared 2-core VM one server's throughput drifts by 2x between runs a minute apart, so comparing
 * two `npm run bench` runs says little. Here both servers run at once (each on its own fresh SQLite
 * database) and take turns: every round loads A, then B (then B, then A), with /api/health and "Suggest"
 * at 10 connections each, so both see the same machine. It prints the median of the rounds.
 *
 * Each tree needs its own build (`npx tsx scripts/ensure-build.ts` in it). A tree can be a copy of the
 * repository (see docs/performance.md: node_modules hard-linked, as a symlink breaks Turbopack). B_ENV
 * ("NAME=value,NAME2=value") adds environment variables to server B only.
 */
import path from "node:path";
import autocannon from "autocannon";
import { actionTarget, callAction, loadSuggest, suggestBodies } from "./bench-http";
import { signInClinician, startBenchServer, type BenchServer } from "./bench-server";
import { percentile, round } from "./stats";

interface Side {
  name: "A" | "B";
  server: BenchServer;
  target: ReturnType<typeof actionTarget>;
  suggest: number[];
  health: number[];
  p99: number[];
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

function checked(label: string, r: autocannon.Result): autocannon.Result {
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${label}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return r;
}

async function prepare(name: Side["name"], root: string): Promise<Side> {
  const server = await startBenchServer(root);
  const target = actionTarget(root, server, await signInClinician(server.base), "suggestReferralAction");
  await callAction(target, suggestBodies()[0] ?? "");
  // Warm-up: JIT, the matcher index, statement caches.
  await loadSuggest(target, 10, 8);
  await autocannon({ url: `${server.base}/api/health`, connections: 10, duration: 4 });
  return { name, server, target, suggest: [], health: [], p99: [] };
}

async function main() {
  const [treeA, treeB] = process.argv.slice(2, 4).map((p) => path.resolve(p));
  if (!treeA || !treeB) throw new Error("usage: npx tsx bench/compare-builds.ts <treeA> <treeB> [rounds] [seconds]");
  const rounds = Number(process.argv[4] ?? 8);
  const seconds = Number(process.argv[5] ?? 4);
  const sides: Side[] = [];
  try {
    sides.push(await prepare("A", treeA));
    for (const pair of (process.env.B_ENV ?? "").split(",").filter(Boolean)) {
      const [key, ...value] = pair.split("=");
      if (key) process.env[key] = value.join("=");
    }
    sides.push(await prepare("B", treeB));
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        const health = checked(
          `health ${side.name}`,
          await autocannon({ url: `${side.server.base}/api/health`, connections: 10, duration: seconds }),
        );
        const suggest = checked(`suggest ${side.name}`, await loadSuggest(side.target, 10, seconds));
        side.health.push(health.requests.average);
        side.suggest.push(suggest.requests.average);
        side.p99.push(suggest.latency.p99);
      }
    }
  } finally {
    for (const side of sides) await side.server.stop();
  }
  console.log(`median of ${rounds} rounds of ${seconds} s at 10 connections, servers taking turns`);
  console.log("      suggest rps   health rps   ratio   suggest p99 ms   tree");
  for (const [i, s] of sides.entries()) {
    const line = [median(s.suggest), median(s.health), round(median(s.suggest) / median(s.health), 3), median(s.p99)];
    console.log(`  ${s.name}  ${line.map((v, k) => String(v).padStart([11, 12, 7, 16][k] ?? 8)).join(" ")}   ${[treeA, treeB][i]}`);
  }
  const [a, b] = sides;
  if (a && b) console.log(`B / A suggest throughput: ${round(median(b.suggest) / median(a.suggest), 2)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
