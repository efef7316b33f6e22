import { createBoundedCache, createGroupCommit } from "@/lib/data/performance-shortcuts";

// The generic halves of the performance shortcuts (lib/data/performance-shortcuts.ts). Their users are
// tested on a real database elsewhere (audit-log.test.ts, database-outage.test.ts, session-cookie.test.ts);
// these pin the contracts the users rely on.

describe("createBoundedCache", () => {
  test("holds at most max entries and drops the oldest first; setting a held key again keeps the rest", () => {
    const cache = createBoundedCache<number>(3);
    for (const [i, key] of ["a", "b", "c"].entries()) cache.set(key, i);
    cache.set("a", 10);
    expect(cache.size).toBe(3);
    cache.set("d", 3);
    expect(cache.size).toBe(3);
    expect(cache.get("a")).toBeUndefined();
    expect([cache.get("b"), cache.get("c"), cache.get("d")]).toEqual([1, 2, 3]);
  });
});

describe("createGroupCommit", () => {
  test("items added together share one write; each caller resolves only after its batch is written", async () => {
    const writes: number[][] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const add = createGroupCommit<number>(async (batch) => {
      writes.push(batch);
      if (writes.length === 1) await gate;
    }, 500);
    let firstDone = false;
    const first = add(1).then(() => (firstDone = true));
    await new Promise((r) => setImmediate(r));
    // The first write is under way; these queue behind it and go in one second write.
    const rest = [add(2), add(3), add(4)];
    await new Promise((r) => setTimeout(r, 10));
    expect(firstDone).toBe(false);
    release();
    await Promise.all([first, ...rest]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
  });

  test("a failed write rejects every caller of its batch, and the next batch is written", async () => {
    let calls = 0;
    const add = createGroupCommit<string>(async () => {
      calls++;
      if (calls === 1) throw new Error("database down");
    }, 2);
    const results = await Promise.allSettled([add("a"), add("b"), add("c")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "fulfilled"]);
    expect(calls).toBe(2);
  });
});
