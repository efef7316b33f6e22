import os from "node:os";

/** Nearest-rank percentile of an ascending list (0 for an empty one). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Rounds to `digits` decimals; results.json is compared by eye, so no float noise in it. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export interface MachineInfo {
  cpus: number;
  cpu_model: string;
  memory_gb: number;
  node: string;
  platform: string;
  /** Other work on the machine skews every number: the 1-minute load average when the run started. */
  load_avg_1m: number;
  date: string;
}

/** What the numbers were measured on: they mean little without it. */
export function machineInfo(now = new Date()): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpu_model: cpus[0]?.model.trim() ?? "unknown",
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    load_avg_1m: round(os.loadavg()[0] ?? 0),
    date: now.toISOString(),
  };
}
