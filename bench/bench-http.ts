/**
 * `npm run bench:http`: the suggestion server action, the bare health route, referral saves and the PDF
 * route, over HTTP against a production build on a fresh embedded database (bench-server.ts), loopback
 * only. Each autocannon run lasts BENCH_SECONDS (default 5); suggest and health take BENCH_ROUNDS (default
 * 3) interleaved rounds per level, reported as the median round.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { complaintFor, intakeInput } from "@/__tests__/support/intake-fixtures";
import { bareNodeRps } from "./calibrate";
import { ensureBuild } from "../scripts/ensure-build";
import { actionHeaders, findAction } from "@/scripts/http/http-client";
import { signInClinician, startBenchServer, type BenchServer } from "./bench-server";
import { percentile, round } from "./stats";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";

export interface HttpLevel {
  connections: number;
  suggest_rps: number;
  suggest_p50_ms: number;
  suggest_p99_ms: number;
  health_rps: number;
  health_p50_ms: number;
  health_p99_ms: number;
}

export interface HttpBenchResult {
  http: {
    suggest_rps: number;
    health_rps: number;
    ratio: number;
    suggest_p50_ms_c10: number;
    suggest_p99_ms_c10: number;
    seconds_per_run: number;
    /** Rounds per level; each number is the median round's. */
    rounds: number;
    /** A bare Node server's rps at 10 connections in the same run: the machine's state, for comparison. */
    bare_node_rps_c10: number;
    levels: HttpLevel[];
  };
  save: {
    rps_c10: number;
    rps_c50: number;
    p50_ms_c10: number;
    p99_ms_c10: number;
    p50_ms_c50: number;
    p99_ms_c50: number;
    requests: number;
    saved_rows: number;
  };
  pdf: { p50_ms: number; p99_ms: number; samples: number; method: string };
}

const LEVELS = [1, 10, 50];
const seconds = () => Number(process.env.BENCH_SECONDS ?? 5);
const rounds = () => Number(process.env.BENCH_ROUNDS ?? 3);

/** A run that answered anything but 2xx measured an error page, not the path: refuse its numbers. */
function checked(label: string, r: autocannon.Result): autocannon.Result {
  if (r.errors > 0 || r.timeouts > 0 || r.non2xx > 0) {
    throw new Error(`${label}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx of ${r.requests.total}`);
  }
  return r;
}

/** The complaints "Suggest" is pressed with, one per seeded condition, in turn. */
export function suggestBodies(): string[] {
  return Object.values(complaintFor).map((complaint) => JSON.stringify([intakeInput({ complaint })]));
}

/** Knee OA at the evidence's own dose (no change reason needed), a new idempotency key each time. */
function saveBody(): string {
  const input = {
    idempotencyKey: randomUUID(),
    intake: intakeInput(),
    conditionSlug: "knee-osteoarthritis",
    finalDose: { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
    status: "final",
    suggestedFor: intakeFingerprint(intakeInput()),
  };
  return JSON.stringify([input]);
}

interface ActionTarget {
  url: string;
  headers: Record<string, string>;
}

export function actionTarget(root: string, server: BenchServer, cookie: string, name: string): ActionTarget {
  const { id, page } = findAction(root, name);
  return { url: `${server.base}${page}`, headers: actionHeaders(server.base, id, cookie) };
}

/** One real call, checked: the load runs only see status codes, so the result itself is verified here. */
export async function callAction(target: ActionTarget, body: string): Promise<string> {
  const res = await fetch(target.url, { method: "POST", headers: target.headers, body });
  const text = await res.text();
  if (!res.ok || !text.includes('"ok":true')) throw new Error(`action call failed (HTTP ${res.status}): ${text.slice(0, 300)}`);
  return text;
}

export function loadSuggest(target: ActionTarget, connections: number, duration: number): Promise<autocannon.Result> {
  const bodies = suggestBodies();
  let next = 0;
  return autocannon({
    url: target.url,
    connections,
    duration,
    method: "POST",
    headers: target.headers,
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] ?? "" }) }],
  });
}

function loadHealth(base: string, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({ url: `${base}/api/health`, connections, duration });
}

/**
 * Suggest vs health at each concurrency level, interleaved so both see the same machine state. Each level
 * is measured in ROUNDS rounds (health then suggest, then the other way round) and reported as the median
 * round: on a shared VM a single run drifts by up to 2x (docs/performance.md), a median of rounds much less.
 */
export async function benchSuggestAndHealth(
  root: string,
  server: BenchServer,
  cookie: string,
  duration = seconds(),
): Promise<Omit<HttpBenchResult["http"], "bare_node_rps_c10">> {
  const suggest = actionTarget(root, server, cookie, "suggestReferralAction");
  await callAction(suggest, suggestBodies()[0] ?? "");
  // Warm-up: JIT, the matcher index for this evidence version, statement caches.
  await loadSuggest(suggest, 10, 4);
  await loadHealth(server.base, 10, 2);
  const levels: HttpLevel[] = [];
  for (const connections of LEVELS) {
    const healthRuns: autocannon.Result[] = [];
    const suggestRuns: autocannon.Result[] = [];
    for (let r = 0; r < rounds(); r++) {
      const runHealth = async () =>
        healthRuns.push(checked(`health c${connections}`, await loadHealth(server.base, connections, duration)));
      const runSuggest = async () =>
        suggestRuns.push(checked(`suggest c${connections}`, await loadSuggest(suggest, connections, duration)));
      for (const run of r % 2 === 0 ? [runHealth, runSuggest] : [runSuggest, runHealth]) await run();
    }
    const h = medianRun(healthRuns);
    const s = medianRun(suggestRuns);
    levels.push({
      connections,
      suggest_rps: round(s.requests.average, 1),
      suggest_p50_ms: s.latency.p50,
      suggest_p99_ms: s.latency.p99,
      health_rps: round(h.requests.average, 1),
      health_p50_ms: h.latency.p50,
      health_p99_ms: h.latency.p99,
    });
  }
  const c10 = levels.find((l) => l.connections === 10);
  if (!c10) throw new Error("no c10 level");
  return {
    suggest_rps: c10.suggest_rps,
    health_rps: c10.health_rps,
    ratio: round(c10.suggest_rps / c10.health_rps, 3),
    suggest_p50_ms_c10: c10.suggest_p50_ms,
    suggest_p99_ms_c10: c10.suggest_p99_ms,
    seconds_per_run: duration,
    rounds: rounds(),
    levels,
  };
}

/** The run with the median throughput (its latencies come with it, measured together). */
function medianRun(runs: autocannon.Result[]): autocannon.Result {
  const sorted = [...runs].sort((a, b) => a.requests.average - b.requests.average);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error("no runs");
  return median;
}

async function benchSave(
  root: string,
  server: BenchServer,
  cookie: string,
  duration = seconds(),
): Promise<HttpBenchResult["save"] & { firstId: string }> {
  const save = actionTarget(root, server, cookie, "createReferralAction");
  const first = await callAction(save, saveBody());
  const firstId = /"id":"([a-z0-9]+)"/.exec(first)?.[1];
  if (!firstId) throw new Error(`no referral id in ${first.slice(0, 200)}`);
  const run = (connections: number) =>
    autocannon({
      url: save.url,
      connections,
      duration,
      method: "POST",
      headers: save.headers,
      requests: [{ setupRequest: (req) => ({ ...req, body: saveBody() }) }],
    });
  const c10 = checked("save c10", await run(10));
  const c50 = checked("save c50", await run(50));
  // A 200 may still carry { ok: false }: count the rows that were really written.
  const sqlite = new Database(server.databaseFile, { readonly: true });
  const row = sqlite.prepare("SELECT COUNT(*) AS n FROM Referral").get() as { n: number };
  sqlite.close();
  const requests = c10.requests.total + c50.requests.total + 1;
  // Requests still in flight when a run stops are written but not counted, hence at most 60 extra rows.
  if (row.n < requests || row.n > requests + 60)
    throw new Error(`save: ${requests} requests answered 2xx but ${row.n} referrals were written`);
  return {
    rps_c10: round(c10.requests.average, 1),
    rps_c50: round(c50.requests.average, 1),
    p50_ms_c10: c10.latency.p50,
    p99_ms_c10: c10.latency.p99,
    p50_ms_c50: c50.latency.p50,
    p99_ms_c50: c50.latency.p99,
    requests,
    saved_rows: row.n,
    firstId,
  };
}

/** The PDF route as the browser downloads it (session check, audited read, build, render), one at a time. */
async function benchPdf(server: BenchServer, cookie: string, id: string, samples = 40): Promise<HttpBenchResult["pdf"]> {
  const get = async () => {
    const started = process.hrtime.bigint();
    const res = await fetch(`${server.base}/referrals/${id}/pdf`, { headers: { cookie } });
    const bytes = await res.arrayBuffer();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (res.status !== 200 || res.headers.get("content-type") !== "application/pdf" || bytes.byteLength < 1000) {
      throw new Error(`pdf: HTTP ${res.status} ${res.headers.get("content-type")}`);
    }
    return ms;
  };
  for (let i = 0; i < 5; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await get());
  times.sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(times, 50)),
    p99_ms: round(percentile(times, 99)),
    samples,
    method: "HTTP GET /referrals/<id>/pdf, sequential, signed in",
  };
}

export async function runHttpBench(root: string): Promise<HttpBenchResult> {
  ensureBuild(root);
  const bare = await bareNodeRps();
  const server = await startBenchServer(root);
  try {
    const cookie = await signInClinician(server.base);
    const http = { ...(await benchSuggestAndHealth(root, server, cookie)), bare_node_rps_c10: bare };
    const { firstId, ...save } = await benchSave(root, server, cookie);
    const pdf = await benchPdf(server, cookie, firstId);
    return { http, save, pdf };
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  runHttpBench(path.resolve(__dirname, ".."))
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
