import { majorGcPauseMs } from "@/scripts/http/app-instance";

// bench:scale attributes a page's slow request to the server's full collections by reading --trace-gc.
describe("majorGcPauseMs", () => {
  test("reads the pause of a full collection, as Node 20's V8 prints it", () => {
    const line =
      "[11492:0x32e2c090]    26172 ms: Mark-Compact 175.7 (205.8) -> 68.0 (206.1) MB, 42.21 / 0.45 ms  (+ 32.0 ms in 124 steps since start of marking, biggest step 12.8 ms, walltime since start of marking 144 ms) (average mu = 0.995, current mu = 0.997) finalize incremental marking via task; GC in old space requested";
    expect(majorGcPauseMs(line)).toBe(42.21);
  });

  test("a scavenge (young generation) or any other line is not a full collection", () => {
    expect(
      majorGcPauseMs(
        "[11492:0x32e2c090]       85 ms: Scavenge 4.6 (4.7) -> 4.2 (5.7) MB, 5.90 / 0.00 ms  (average mu = 1.000) allocation failure;",
      ),
    ).toBeNull();
    expect(majorGcPauseMs("▲ Next.js 16.4.6")).toBeNull();
    // V8 with --minor-ms names its young-generation collector "Minor Mark-Compact".
    expect(majorGcPauseMs("[1:0x1]   90 ms: Minor Mark-Compact 30.1 (40.2) -> 20.3 (40.2) MB, 3.10 / 0.00 ms  task;")).toBeNull();
  });
});
