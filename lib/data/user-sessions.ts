import "server-only";
import { db } from "@/lib/db/client";
import { deviceLabel } from "@/lib/domain/auth/device-label";
import { recordAudit } from "./audit";
import { sessionEndedAt, type SessionLimits } from "./auth-sessions";

/** One row of "Your sessions": device, times and address only (no PHI, no token). */
export interface OwnSession {
  id: string;
  device: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  persistent: boolean;
  current: boolean;
}

/**
 * The signed-in user's own sessions that are still valid (not signed out, not idle, not expired, past
 * their second factor), the current one first. Scoped by the session's user id.
 */
export async function listOwnSessions(user: { id: string; sessionId: string }, limits: SessionLimits, now = new Date()): Promise<OwnSession[]> {
  // memory-guard: bounded — one person's open sessions; the newest 100 at most.
  const rows = await db.authSession.findMany({
    where: { userId: user.id, revokedAt: null, secondFactorPending: false },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
    select: { id: true, ip: true, createdAt: true, lastSeenAt: true, persistent: true, secondFactorPending: true, userAgent: true },
  });
  return rows
    .filter((row) => sessionEndedAt(row, limits).at > now)
    .map((row) => ({ id: row.id, device: deviceLabel(row.userAgent), ip: row.ip, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, persistent: row.persistent, current: row.id === user.sessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the user's own sessions; false when it is not theirs or already ended (ids can't be probed). */
export async function endOwnSession(userId: string, sessionId: string, ip: string): Promise<boolean> {
  const { count } = await db.authSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count > 0) await recordAudit({ userId, action: "auth.session-end", resourceType: "session", resourceId: sessionId, outcome: "success", ip, detail: "own" });
  return count > 0;
}

/** "Sign out everywhere else": every session of the user but this one, including ones owing a code. */
export async function endOtherOwnSessions(userId: string, currentSessionId: string, ip: string): Promise<number> {
  const { count } = await db.authSession.updateMany({ where: { userId, revokedAt: null, id: { not: currentSessionId } }, data: { revokedAt: new Date() } });
  await recordAudit({ userId, action: "auth.sessions-end-others", resourceType: "user", resourceId: userId, outcome: "success", ip, detail: `ended=${count}` });
  return count;
}
