import "server-only";

/**
 * The ONE retry for SQLite's "database is locked" on a referral or intake write (save, draft finish,
 * amendment, duplicate, status change incl. cancel, intake autosave).
 *
 * SQLite answers "database is locked" (Prisma's P1008) at once, without waiting out the busy timeout,
 * when waiting could deadlock: a transaction that read a snapshot and then wants to write after another
 * connection committed (SQLITE_BUSY_SNAPSHOT, SQLite's documented case). Under contention with another
 * writer this was seen on about one save in a hundred once the referral search index made each
 * transaction longer (concurrent-writes.test.ts). SQLite's advice is to retry the whole transaction.
 * Every caller's write is either idempotent on its key or conditional on the status it read, so a retry
 * can never make a second row or move a referral twice. On PostgreSQL the code never occurs.
 */
export const LOCKED_ATTEMPTS = 4;

export function isDatabaseLocked(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P1008";
}

/** Runs `work` (a whole transaction) again, after a short random pause, while SQLite says it is locked. */
export async function retryWhileLocked<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseLocked(error) || attempt >= LOCKED_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random() + 5));
    }
  }
}
