import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "./audit";

export interface ValidSession {
  sessionId: string;
  user: { id: string; name: string; email: string; role: "CLINICIAN" | "ADMIN"; credentials: string; mustChangePassword: boolean };
  lastSeenAt: Date;
}

/**
 * Don't write lastSeenAt on every request: once a minute is precise enough for a 30-minute idle limit,
 * and a quarter of the limit keeps short (test) limits honest.
 */
export const touchIntervalMs = (idleSeconds: number) => Math.min(60_000, (idleSeconds * 1000) / 4);

/**
 * Checks a server-side session: it exists, was not revoked, its user is active and has not bumped the
 * token version, it has not been idle longer than idleSeconds, nor lived longer than lifetimeSeconds.
 * An expired session is revoked so a replayed cookie stays dead.
 */
export async function validateSession(
  sessionId: string,
  limits: { idleSeconds: number; lifetimeSeconds: number },
  now = new Date(),
): Promise<ValidSession | null> {
  // Only the columns checked or returned: this runs on every signed-in request, and with the JS query
  // engine `include: { user: true }` (every user column) cost ~1.6 ms against ~1.0 ms (bench, issue 10).
  const row = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      tokenVersion: true,
      user: { select: { id: true, name: true, email: true, role: true, credentials: true, mustChangePassword: true, active: true, tokenVersion: true } },
    },
  });
  if (!row || row.revokedAt) return null;
  const { user } = row;
  if (!user.active || user.tokenVersion !== row.tokenVersion) return null;
  const idle = now.getTime() - row.lastSeenAt.getTime() > limits.idleSeconds * 1000;
  const expired = now.getTime() - row.createdAt.getTime() > limits.lifetimeSeconds * 1000;
  if (idle || expired) {
    await revokeSession(row.id, user.id, idle ? "auth.idle-timeout" : "auth.session-expired");
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > touchIntervalMs(limits.idleSeconds)) {
    await db.authSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  const role = user.role === "ADMIN" ? "ADMIN" : "CLINICIAN";
  return {
    sessionId: row.id,
    user: { id: user.id, name: user.name, email: user.email, role, credentials: user.credentials, mustChangePassword: user.mustChangePassword },
    lastSeenAt: row.lastSeenAt,
  };
}

/** Records activity now (the "Stay signed in" button). */
export async function touchSession(sessionId: string, now = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
}

export async function revokeSession(sessionId: string, userId: string | null, action: string): Promise<void> {
  const { count } = await db.authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count > 0) await recordAudit({ userId, action, resourceType: "session", resourceId: sessionId, outcome: "success" });
}

/** Ends every session of a user: password change, disable, admin "end sessions". */
export async function revokeAllSessions(userId: string, exceptSessionId?: string): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } }),
    db.authSession.updateMany({
      where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
      data: { revokedAt: new Date() },
    }),
  ]);
  if (exceptSessionId) {
    // The caller's own session survives a password change: move it to the new token version.
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { tokenVersion: true } });
    await db.authSession.update({ where: { id: exceptSessionId }, data: { tokenVersion: user.tokenVersion } });
  }
}
