import "server-only";
import { bulkReader, hotReader } from "@/lib/db/client";

/**
 * THE PERFORMANCE SHORTCUTS: every place where the app does something less obvious than "one Prisma
 * query, awaited" for speed lives here (or, for the hot reader, is re-exported from here), each with why
 * it exists and the benchmark that justifies it (docs/performance.md, "What made the suggestion path
 * fast enough"). A newcomer who wants the plain version of a path knows what to undo, and a change here
 * must be measured again with `bench/compare-builds.ts` (two builds served side by side), never judged by
 * a timed assertion.
 *
 * 1. hotReader: the two reads made on every request (the session row, the current evidence version)
 *    as portable SQL. On SQLite they run on a read-only better-sqlite3 connection with kept prepared
 *    statements, which in WAL mode sees the last commit and never waits for writers; on PostgreSQL
 *    through Prisma's $queryRaw. Why: Prisma's JS engine compiles and interprets each query; the session
 *    check cost 0.78 ms in-process against 0.17 ms hand-written, ~1 ms under load (no-op action 430 vs
 *    287 rps with the check). Step 2 of the table: suggest 229 → 306 rps. (lib/db/hot-reader.ts)
 * 2. createBoundedCache: the decoded session cookie is kept (lib/auth/session-token.ts). Why: next-auth
 *    decrypts the same JWE on every request (HKDF + AES), ~10% of a "Suggest"'s CPU; once accepted, an
 *    authenticated payload cannot change, and exp is still checked on every use. Step 1: 128 → 229 rps
 *    (with getServerSession replaced by getToken).
 * 3. createGroupCommit: audit events queued and written by one multi-row INSERT at a time
 *    (lib/data/audit.ts). Why: one INSERT through Prisma cost ~0.8 ms under load (suggest with and
 *    without it: 279 vs 364 rps). Step 3: 306 → 379 rps, p99 87 → 62 ms. Every caller still waits for
 *    its own row to be committed, so nothing is acknowledged before it is in the trail.
 * 4. retryWhileLocked: SQLite's "database is locked" on a referral write is retried. Not a speed-up but
 *    the price of one: the search index's triggers (issue 17) lengthen a save's transaction, and under
 *    contention about one save in a hundred was refused at once (concurrent-writes.test.ts). It lives in
 *    lib/data/referral-create.ts until issue 14 lands the one helper for every referral writer, which is
 *    then re-exported from here.
 * 5. bulkReader: the batches of the streaming CSV exports (the audit log's and the clinician's
 *    referrals) read on the driver itself (better-sqlite3's read-only connection; a node-postgres pool
 *    of two), not through Prisma's engine. Why: through Prisma each 1,000-row batch allocated several
 *    times its size, and an export of 800k-1M audit events held the server 98-118 MB over idle
 *    (bench:scale, target < 50 MB). (lib/db/bulk-reader.ts) Its companion outside this layer: while an
 *    export streams, the server caps V8's heap growth between full collections
 *    (lib/security/heap-growth.ts, held by app/(app)/_lib/csv-download.ts).
 * 6. The session's once-a-minute lastSeenAt touch is a raw UPDATE (lib/data/auth-sessions.ts), not
 *    Prisma's model update, which compiles a plan and reads the row back. Measured in-process on the
 *    10k bench database (PostgreSQL): the first in a process 29 ms against 9 ms, then ~8 ms against
 *    ~3.6 ms. Small, but it is paid on the path of a request, once a minute by every signed-in user.
 */
export { bulkReader, hotReader };

/** A map that holds at most `max` entries, dropping the oldest insertion first (FIFO). */
export interface BoundedCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
}

/**
 * Only for values that cannot go stale: the result of a verification whose input fully determines it
 * (an authenticated ciphertext → its payload). Never for answers the database may change (a session
 * being valid, the current evidence version): those are read on every request so a sign-out or an edit
 * on one instance holds on every instance at once (__tests__/scale/two-instances.test.ts).
 */
export function createBoundedCache<V>(max: number): BoundedCache<V> {
  const entries = new Map<string, V>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      if (!entries.has(key) && entries.size >= max) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(key, value);
    },
    get size() {
      return entries.size;
    },
  };
}

interface Pending<T> {
  item: T;
  written: () => void;
  failed: (error: unknown) => void;
}

/**
 * Group commit: `add(item)` queues the item and resolves once `writeBatch` has committed the batch that
 * held it; a failed write rejects every caller in that batch, as a single write would. One write runs at
 * a time and takes everything queued since it was started (at most maxBatch), so requests running
 * together share a write; alone, each item is one write, as before.
 */
export function createGroupCommit<T>(writeBatch: (items: T[]) => Promise<void>, maxBatch: number): (item: T) => Promise<void> {
  const queue: Pending<T>[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        await writeBatch(batch.map((p) => p.item));
        for (const p of batch) p.written();
      } catch (error) {
        for (const p of batch) p.failed(error);
      }
    }
    writing = false;
  }

  return (item) =>
    new Promise<void>((written, failed) => {
      queue.push({ item, written, failed });
      if (!writing) {
        writing = true;
        // After the current turn of the event loop, so items of requests running together share a write.
        setImmediate(() => void drain());
      }
    });
}
