import "server-only";
import { db } from "@/lib/db/client";
import { asAccountRole, type AccountRole } from "@/lib/schemas/users";
import { hotReader } from "./performance-shortcuts";
import { recordAudit } from "./audit";

export interface ValidSession {
  sessionId: string;
  user: { id: string; name: string; email: string; role: AccountRole; credentials: string; mustChangePassword: boolean };
  lastSeenAt: Date;
}

interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  tokenVersion: number;
  userId: string;
  name: string;
  email: string;
  role: string;
  credentials: string;
  mustChangePassword: boolean;
  active: boolean;
  userTokenVersion: number;
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
  // Hand-written SQL on the hot-read path instead of `findUnique({ select: { …, user: { select } } })`:
  // this runs on every signed-in request (lib/db/hot-reader.ts, docs/performance.md).
  const rows = await hotReader.rows<SessionRow>`
    SELECT s."id", s."createdAt", s."lastSeenAt", s."revokedAt", s."tokenVersion",
           u."id" AS "userId", u."name", u."email", u."role", u."credentials", u."mustChangePassword",
           u."active", u."tokenVersion" AS "userTokenVersion"
    FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId}`;
  const row = rows[0];
  if (!row || row.revokedAt) return null;
  if (!row.active || row.userTokenVersion !== row.tokenVersion) return null;
  const idle = now.getTime() - row.lastSeenAt.getTime() > limits.idleSeconds * 1000;
  const expired = now.getTime() - row.createdAt.getTime() > limits.lifetimeSeconds * 1000;
  if (idle || expired) {
    await revokeSession(row.id, row.userId, idle ? "auth.idle-timeout" : "auth.session-expired");
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > touchIntervalMs(limits.idleSeconds)) {
    await db.authSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  const role = asAccountRole(row.role);
  return {
    sessionId: row.id,
    user: { id: row.userId, name: row.name, email: row.email, role, credentials: row.credentials, mustChangePassword: row.mustChangePassword },
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
