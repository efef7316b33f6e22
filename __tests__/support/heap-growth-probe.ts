/**
 * Run by heap-growth.test.ts in a fresh node process: keeps a live heap, then makes a steady stream of
 * medium-lived objects (each batch kept while the next 150 are made, so many survive young collections
 * and die in the old generation, as a long request's garbage does), and prints the highest heapUsed
 * seen over the start. "held": as while an export streams (lib/security/heap-growth.ts, default
 * setting); "released": held and released again, as after the export; "default": never held;
 * "overlapping": two holds, the first released (twice).
 */
import { holdTightHeapGrowth } from "@/lib/security/heap-growth";

const mode = process.argv[2];
if (mode === "held" || mode === "released") {
  const release = holdTightHeapGrowth();
  if (mode === "released") release();
}
if (mode === "overlapping") {
  // Two exports at once; the first ends: the second still holds the setting.
  const first = holdTightHeapGrowth();
  holdTightHeapGrowth();
  first();
  first(); // a second release of the same hold changes nothing
}
const live = Array.from({ length: 400_000 }, (_, i) => ({ i, label: `live-${i}` }));
const recent: unknown[][] = [];
let peak = 0;
const base = process.memoryUsage().heapUsed;
for (let batch = 0; batch < 1_500; batch++) {
  recent.push(Array.from({ length: 1_000 }, (_, i) => ({ id: batch * 1_000 + i, text: `row ${batch}-${i}`, at: new Date() })));
  if (recent.length > 150) recent.shift();
  if (batch % 20 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ liveObjects: live.length, peakOverStartMb: Math.round((peak - base) / 1048576) }));
