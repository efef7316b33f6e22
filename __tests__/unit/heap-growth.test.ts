/**
 * @jest-environment node
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

// While a CSV export streams, the server caps how far V8 lets its heap grow between full collections
// (lib/security/heap-growth.ts): without it a 1M-row export saw-toothed the server 176-189 MB over idle
// (bench:scale). V8 must honour the flag set at run time, and V8's own choice must come back when the
// last export ends; a Node upgrade that changed either would fail here.
function peakOverStart(mode: "held" | "released" | "overlapping" | "default"): number {
  const stdout = execFileSync("npx", ["tsx", "__tests__/support/heap-growth-probe.ts", mode], {
    cwd: path.join(__dirname, "..", ".."),
    encoding: "utf8",
    env: { ...process.env, EXPORT_HEAP_GROWING_PERCENT: "" },
  });
  return (JSON.parse(stdout) as { peakOverStartMb: number }).peakOverStartMb;
}

test("while held the heap grows far less over its live size than V8's default lets it, and released it is V8's again", () => {
  const unbounded = peakOverStart("default");
  const held = peakOverStart("held");
  const released = peakOverStart("released");
  expect(unbounded).toBeGreaterThan(60);
  expect(held).toBeLessThan(unbounded / 2);
  expect(released).toBeGreaterThan(unbounded * 0.75);
}, 120_000);

test("two exports at once: when the first ends the second still has the tight setting", () => {
  expect(peakOverStart("overlapping")).toBeLessThan(peakOverStart("default") / 2);
}, 120_000);
