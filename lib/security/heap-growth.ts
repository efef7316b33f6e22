import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { serverEnv } from "../env";

/**
 * While a CSV export streams, V8 may grow the server's heap only EXPORT_HEAP_GROWING_PERCENT (default
 * 30%) past what its last full collection kept, instead of the up-to-4x it picks on a server with memory
 * to spare.
 *
 * Why: the app's live heap is ~50 MB. A 1M-row export makes a steady stream of short-lived rows, and
 * with V8's own factor the server saw-toothed up to ~230 MB before each full collection: +176-189 MB
 * over idle on the 1M-event bench database, although --trace-gc showed 50 MB live after every full
 * collection (nothing was retained). With 30% it stayed within +40-42 MB (SQLite) and +25 MB
 * (PostgreSQL); docs/performance.md, "Export memory". Full collections then come more often, so the
 * setting is held only while an export runs (any request served meanwhile shares it) and V8's own
 * choice returns when the last export ends. 0 turns this off.
 */
let holders = 0;

/** A full garbage collection, without starting node with --expose-gc (setting the flag exposes it). */
function fullCollection(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as unknown;
  if (typeof gc === "function") (gc as () => void)();
}

export function holdTightHeapGrowth(percent: number = serverEnv().EXPORT_HEAP_GROWING_PERCENT): () => void {
  if (percent <= 0) return () => undefined;
  holders++;
  if (holders === 1) {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
    // V8 applies the factor when it next sets its limit, at the end of a full collection; until then the
    // limit set with its own factor stands (up to ~4x: measured +145-161 MB on the first 1M-row export).
    // One full collection now (~10-50 ms on a 50 MB heap, once per export) sets the tight limit at once.
    fullCollection();
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders--;
    // 0 is V8's default: "choose the factor dynamically".
    if (holders === 0) setFlagsFromString("--heap-growing-percent=0");
  };
}
