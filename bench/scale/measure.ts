/**
 * Timing and memory for bench:scale: sequential requests to one page, each followed by a request to
 * /api/health (the same run, the same load on the machine), while the server's resident memory is
 * sampled from /proc every 20 ms.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { MajorGcPause } from "@/scripts/http/app-instance";
import { percentile, round } from "../stats";

/** The server process and its descendants (a `next start` may fork workers). */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.includes(ppid) && !tree.includes(pid)) {
        tree.push(pid);
        grew = true;
      }
    }
  }
  return tree;
}

function rssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return kb / 1024;
}

/** Peak resident memory of the server while `work` runs, and the level just before it. */
export async function withMemory<T>(serverPid: number, work: () => Promise<T>): Promise<{ result: T; idleMb: number; peakMb: number }> {
  const pids = processTree(serverPid);
  const idleMb = rssMb(pids);
  let peakMb = idleMb;
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, rssMb(pids));
  }, 20);
  try {
    const result = await work();
    peakMb = Math.max(peakMb, rssMb(pids));
    return { result, idleMb, peakMb };
  } finally {
    clearInterval(timer);
  }
}

export interface Timing {
  median_ms: number;
  p95_ms: number;
  p99_ms: number;
  n: number;
}

export function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median_ms: round(percentile(sorted, 50), 1),
    p95_ms: round(percentile(sorted, 95), 1),
    p99_ms: round(percentile(sorted, 99), 1),
    n: sorted.length,
  };
}

export interface PageResult {
  page: string;
  page_timing: Timing;
  health_timing: Timing;
  idle_mb: number;
  peak_mb: number;
  peak_over_idle_mb: number;
  /** The server's full collections while the page was measured: a p99 far above p95 is often one of these. */
  major_gc: { count: number; longest_ms: number };
}

/** `request` resolves when the whole response has been read, and throws on a failed answer. */
export async function measurePage(
  name: string,
  serverPid: number,
  base: string,
  request: () => Promise<void>,
  rounds: number,
  majorGcPauses: readonly MajorGcPause[] = [],
  warmup = 3,
): Promise<PageResult> {
  for (let w = 0; w < warmup; w++) await request();
  const start = Date.now();
  const pageMs: number[] = [];
  const healthMs: number[] = [];
  const { idleMb, peakMb } = await withMemory(serverPid, async () => {
    for (let r = 0; r < rounds; r++) {
      let t = performance.now();
      await request();
      pageMs.push(performance.now() - t);
      t = performance.now();
      const health = await fetch(`${base}/api/health`);
      await health.arrayBuffer();
      if (health.status !== 200) throw new Error(`/api/health answered ${health.status}`);
      healthMs.push(performance.now() - t);
    }
  });
  const end = Date.now();
  const inWindow = majorGcPauses.filter((p) => p.at >= start && p.at <= end);
  return {
    page: name,
    page_timing: timingOf(pageMs),
    health_timing: timingOf(healthMs),
    idle_mb: round(idleMb, 1),
    peak_mb: round(peakMb, 1),
    peak_over_idle_mb: round(peakMb - idleMb, 1),
    major_gc: { count: inWindow.length, longest_ms: round(Math.max(0, ...inWindow.map((p) => p.pauseMs)), 1) },
  };
}
