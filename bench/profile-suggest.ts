/**
 * `npx tsx bench/profile-suggest.ts [seconds] [health]`: a CPU profile of the suggestion path (or of
 * /api/health) on the server.
 * Runs the production server under `node --cpu-prof`, drives "Suggest" at 10 concurrent connections,
 * stops the server (which writes the profile) and prints where the CPU time went, mapped to sources.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { actionTarget, callAction, loadSuggest, suggestBodies } from "./bench-http";
import { signInClinician, startBenchServer } from "./bench-server";
import { ensureBuild } from "../scripts/ensure-build";
import { formatSummary, summariseProfile, type CpuProfile } from "./profile-summary";

const ROOT = path.resolve(__dirname, "..");

async function main() {
  const seconds = Number(process.argv[2] ?? 15);
  // "health" profiles the bare /api/health route instead, the baseline the suggestion path is compared with.
  const health = process.argv[3] === "health";
  const dir = path.join(__dirname, "tmp", "profiles", String(Date.now()));
  mkdirSync(dir, { recursive: true });
  ensureBuild(ROOT);
  const server = await startBenchServer(ROOT, { cpuProfileDir: dir });
  let loadStartedMs = 0;
  try {
    const cookie = await signInClinician(server.base);
    const target = actionTarget(ROOT, server, cookie, "suggestReferralAction");
    await callAction(target, suggestBodies()[0] ?? "");
    const load = (s: number) =>
      health ? autocannon({ url: `${server.base}/api/health`, connections: 10, duration: s }) : loadSuggest(target, 10, s);
    await load(3); // warm-up, left out of the summary
    // The profile clock starts a little after the spawn, so this skips slightly less than the warm-up.
    loadStartedMs = Date.now() - server.spawnedAt;
    const r = await load(seconds);
    console.log(
      `${health ? "health" : "suggest"} c10: ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`,
    );
  } finally {
    await server.stop();
  }
  // The server process's profile is the largest one (npm/next wrappers, if any, write small ones).
  const profiles = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f));
  const biggest = profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!biggest) throw new Error(`no profile written to ${dir}`);
  console.log(`profile: ${path.relative(ROOT, biggest)}\n`);
  console.log(formatSummary(summariseProfile(JSON.parse(readFileSync(biggest, "utf8")) as CpuProfile, 30, loadStartedMs)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
