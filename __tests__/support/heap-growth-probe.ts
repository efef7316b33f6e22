/**
 * Run by heap-growth.test.ts in a fresh node process: keeps a live heap, then makes a steady stream of
 * medium-lived objects (each batch kept while the next 150 are made, so many survive young collections
 * and die in the old generation, as a long request's garbage does), and prints the highest heapUsed
 * seen over the start. With "bounded" the process first applies the server's own setting
 * (lib/security/heap-growth.ts), as instrumentation.ts does at start.
 */
import { boundHeapGrowth } from "@/lib/security/heap-growth";

if (process.argv[2] === "bounded") boundHeapGrowth();
const live = Array.from({ length: 400_000 }, (_, i) => ({ i, label: `live-${i}` }));
const recent: unknown[][] = [];
let peak = 0;
const base = process.memoryUsage().heapUsed;
for (let batch = 0; batch < 2_000; batch++) {
  recent.push(Array.from({ length: 1_000 }, (_, i) => ({ id: batch * 1_000 + i, text: `row ${batch}-${i}`, at: new Date() })));
  if (recent.length > 150) recent.shift();
  if (batch % 20 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ liveObjects: live.length, peakOverStartMb: Math.round((peak - base) / 1048576) }));
