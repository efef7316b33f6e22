/**
 * One `next start` process of the production build, bound to 127.0.0.1, for the two-instance test, the
 * load test and the HTTP benchmarks. Instances share nothing but the database URL and NEXTAUTH_SECRET,
 * as behind a real load balancer.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface AppInstance {
  name: string;
  base: string;
  port: number;
  /** The server's process id (bench:scale samples its memory). */
  pid: number;
  /** Date.now() when the server process was spawned (a --cpu-prof profile's clock starts then). */
  spawnedAt: number;
  /** Asks Next to stop and waits for the process to exit. */
  stop(): Promise<void>;
  /** kill -9: the crash of a machine, no chance to finish requests or close connections. */
  kill9(): Promise<void>;
  alive(): boolean;
  /** What the server wrote to stderr, its first and last 8,000 characters: printed when a load run finds a problem. */
  stderrExcerpt(): string;
  /** With traceGc: each full (mark-compact) collection the server ran, when it ended and its pause. */
  majorGcPauses: readonly MajorGcPause[];
}

export interface MajorGcPause {
  /** Date.now() when the line reached us: the pause ended just before. */
  at: number;
  pauseMs: number;
}

/** The pause of a full collection from a --trace-gc line ("… Mark-Compact 175.7 (205.8) -> 68.0 (206.1) MB, 42.21 / 0.45 ms …"). */
export function majorGcPauseMs(line: string): number | null {
  const pause = /(?<!Minor )Mark-Compact [^,]*MB, ([\d.]+) \//.exec(line)?.[1];
  return pause === undefined ? null : Number(pause);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until `check` is true, or throws after timeoutMs: waiting for a condition, not a fixed time. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function healthStatus(base: string): Promise<number> {
  const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
  await res.arrayBuffer();
  return res.status;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export interface InstanceOptions {
  name: string;
  root: string;
  port?: number;
  env: NodeJS.ProcessEnv;
  /** Flags for node itself, e.g. --cpu-prof (Node refuses it in NODE_OPTIONS; `next start` serves from this process). */
  nodeArgs?: string[];
  /** Runs the server with --trace-gc and records its full collections (bench:scale attributes slow requests). */
  traceGc?: boolean;
  /** What stop() sends: SIGINT lets Next exit normally, which is when --cpu-prof writes its profile. */
  stopSignal?: NodeJS.Signals;
}

export async function startInstance(options: InstanceOptions): Promise<AppInstance> {
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const spawnedAt = Date.now();
  const next = require.resolve("next/dist/bin/next");
  const nodeArgs = [...(options.nodeArgs ?? []), ...(options.traceGc ? ["--trace-gc"] : [])];
  const child = spawn(process.execPath, [...nodeArgs, next, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: options.root,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...options.env, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", options.traceGc ? "pipe" : "ignore", "pipe"],
  });
  const majorGcPauses: MajorGcPause[] = [];
  let partialLine = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const lines = (partialLine + chunk.toString()).split("\n");
    partialLine = lines.pop() ?? "";
    for (const line of lines) {
      const pauseMs = majorGcPauseMs(line);
      if (pauseMs !== null) majorGcPauses.push({ at: Date.now(), pauseMs });
    }
  });
  // Kept for failure messages. The tail shows why a server died; the head keeps the first errors, which
  // a later fault (a database restart logs an error per request) would push out of the tail.
  const EXCERPT = 8000;
  let stderrHead = "";
  let stderr = "";
  let stderrLength = 0;
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    stderrLength += text.length;
    if (stderrHead.length < EXCERPT) stderrHead += text.slice(0, EXCERPT - stderrHead.length);
    stderr = (stderr + text).slice(-EXCERPT);
  });
  // The tail without what the head already shows, and a mark where characters were left out between them.
  const stderrExcerpt = () => {
    const notInHead = stderrLength - stderrHead.length;
    const afterHead = notInHead > 0 ? stderr.slice(-notInHead) : "";
    return stderrHead + (notInHead > EXCERPT ? "\n[…]\n" : "") + afterHead;
  };
  const alive = () => child.exitCode === null && child.signalCode === null;
  try {
    await waitFor(
      `${options.name} /api/health`,
      async () => {
        if (!alive()) throw new Error("exited");
        return (await healthStatus(base)) === 200;
      },
      90_000,
    );
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`instance ${options.name} did not start: ${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
  return {
    name: options.name,
    base,
    port,
    pid: child.pid ?? 0,
    spawnedAt,
    alive,
    stderrExcerpt,
    majorGcPauses,
    async stop() {
      if (!alive()) return;
      child.kill(options.stopSignal ?? "SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited(child);
      clearTimeout(timer);
    },
    async kill9() {
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}
