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
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  return rows.some((row) => row.lockedUntil !== null && row.lockedUntil > now);
}

export async function recordFailure(key: string, limit: number, now = new Date()): Promise<void> {
  const { failureWindowSeconds, lockoutSeconds } = authSettings();
  const windowStart = new Date(now.getTime() - failureWindowSeconds * 1000);
  await db.$transaction(async (tx) => {
    const row = await tx.loginThrottle.findUnique({ where: { key } });
    const fresh = !row || row.windowStartsAt < windowStart;
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= limit ? new Date(now.getTime() + lockoutSeconds * 1000) : (row?.lockedUntil ?? null);
    await tx.loginThrottle.upsert({
      where: { key },
      create: { key, failures, windowStartsAt: now, lockedUntil },
      update: { failures, windowStartsAt: fresh ? now : row.windowStartsAt, lockedUntil },
    });
  });
}

/** A successful sign-in clears the account's counter (the IP's keeps counting other accounts). */
export async function clearFailures(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}
