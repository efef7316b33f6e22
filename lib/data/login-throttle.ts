import "server-only";
import { db } from "@/lib/db/client";
import { authSettings } from "@/lib/auth/auth-settings";

/**
 * Failed sign-in counters in the database (not process memory) so every app instance sees the same
 * counts. Keys: "account:<email>" and "ip:<address>" [ASVS 6.3.1].
 */
export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export async function isLocked(keys: string[], now = new Date()): Promise<boolean> {
  // memory-guard: bounded — the account and IP keys of one sign-in attempt.
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  return rows.some((row) => row.lockedUntil !== null && row.lockedUntil > now);
}

export async function recordFailure(key: string, limit: number, now = new Date()): Promise<void> {
  const { failureWindowSeconds, lockoutSeconds } = authSettings();
  const windowStart = new Date(now.getTime() - failureWindowSeconds * 1000);
  // A read-then-write lost most of the failures that instances record at the same moment on
  // PostgreSQL (12 concurrent → 3), so parallel guessing bought extra tries. Each step is now one
  // atomic statement. A stale window starts over; the condition on the old window lets only one of
  // several concurrent resets apply.
  await db.loginThrottle.updateMany({ where: { key, windowStartsAt: { lt: windowStart } }, data: { failures: 0, windowStartsAt: now } });
  const row = await db.loginThrottle.upsert({
    where: { key },
    create: { key, failures: 1, windowStartsAt: now },
    update: { failures: { increment: 1 } },
  });
  if (row.failures >= limit) {
    await db.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + lockoutSeconds * 1000) } });
  }
}

/** A successful sign-in clears the account's counter (the IP's keeps counting other accounts). */
export async function clearFailures(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}
