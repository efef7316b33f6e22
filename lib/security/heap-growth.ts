import { setFlagsFromString } from "node:v8";
import { serverEnv } from "../env";

/**
 * How far V8 lets the heap grow past what the last full collection kept, before collecting again.
 *
 * Why: left to itself V8 picks a factor of up to 4x on a server with memory to spare. The app's live heap
 * is ~50 MB, so a long-running request that makes a steady stream of short-lived garbage (a 1M-row CSV
 * export: a batch of rows at a time) let the server's memory saw-tooth up to ~200 MB before each full
 * collection: +130-180 MB over idle whatever the export did (bench:scale; `--trace-gc` showed 50 MB live
 * after every full collection, so nothing was retained). Capping the factor at 1.3 keeps such a request
 * within ~+40 MB; full collections come more often, each on a 50 MB heap (tens of ms, mostly
 * concurrent). docs/performance.md, "Export memory", has the measurements, and the suggestion path's
 * throughput with and without it (bench/compare-builds.ts with B_ENV=HEAP_GROWING_PERCENT=0).
 *
 * The percentage is HEAP_GROWING_PERCENT (lib/env.ts, default 30); 0 leaves V8's own choice.
 */
export function boundHeapGrowth(percent: number = serverEnv().HEAP_GROWING_PERCENT): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
