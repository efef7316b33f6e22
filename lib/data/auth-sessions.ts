import "server-only";
import { db } from "@/lib/db/client";
import { currentDatabaseProvider } from "@/lib/db/database-url";
import { effectiveTwoStepPolicy, twoStepRequiredFor } from "@/lib/domain/auth/two-step-policy";
import { asAccountRole, type AccountRole } from "@/lib/schemas/users";
import { hotReader } from "./performance-shortcuts";
import { recordAudit } from "./audit";

export interface ValidSession {
  sessionId: string;
  user: { id: string; name: string; email: string; role: AccountRole; credentials: string; mustChangePassword: boolean };
  lastSeenAt: Date;
  /** The password was right but the second factor has not been given yet: this session opens nothing. */
  secondFactorPending: boolean;
  /** The user has a confirmed authenticator / the clinic's policy requires one for the user's role. */
  twoStep: { enabled: boolean; required: boolean };
  persistent: boolean;
}

export interface SessionLimits {
  idleSeconds: number;
  lifetimeSeconds: number;
  /** Lifetime of a "keep me signed in" session (default: the same as lifetimeSeconds). */
  rememberedLifetimeSeconds?: number;
}

/** Time to type the code after the password; after that, sign in again. */
export const SECOND_FACTOR_WINDOW_SECONDS = 10 * 60;

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
  secondFactorPending: boolean;
  persistent: boolean;
  totpConfirmedAt: Date | null;
  twoStepPolicy: string | null;
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
export async function validateSession(sessionId: string, limits: SessionLimits, now = new Date()): Promise<ValidSession | null> {
  // Hand-written SQL on the hot-read path instead of `findUnique({ select: { …, user: { select } } })`:
  // this runs on every signed-in request (lib/db/hot-reader.ts, docs/performance.md).
  // memory-guard: bounded — one session, by its primary key.
  const rows = await hotReader.rows<SessionRow>`
    SELECT s."id", s."createdAt", s."lastSeenAt", s."revokedAt", s."tokenVersion",
           u."id" AS "userId", u."name", u."email", u."role", u."credentials", u."mustChangePassword",
           u."active", u."tokenVersion" AS "userTokenVersion", s."secondFactorPending", s."persistent",
           t."confirmedAt" AS "totpConfirmedAt", p."value" AS "twoStepPolicy"
    FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "TwoStepTotp" t ON t."userId" = u."id"
    LEFT JOIN "SecuritySetting" p ON p."key" = 'two-step-policy'
    WHERE s."id" = ${sessionId}`;
  const row = rows[0];
  if (!row || row.revokedAt) return null;
  if (!row.active || row.userTokenVersion !== row.tokenVersion) return null;
  const ended = sessionEndedAt(row, limits);
  if (ended && ended.at.getTime() < now.getTime()) {
    // Recorded at the moment it took effect, not when the next request noticed [issue 19].
    await revokeSession(row.id, row.userId, ended.action, ended.at, `noticed=${now.toISOString()}`);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > touchIntervalMs(limits.idleSeconds)) {
    // Raw, like the read above: Prisma's model update compiles a plan and reads the row back, which made
    // each session's once-a-minute touch a slow request (first in a process 29 ms against 9 ms raw).
    await db.$executeRaw`UPDATE "AuthSession" SET "lastSeenAt" = ${now} WHERE "id" = ${row.id}`;
  }
  // The stored role (CLINICIAN, THERAPIST or ADMIN), never folded into another.
  const role = asAccountRole(row.role);
  const policy = effectiveTwoStepPolicy(row.twoStepPolicy, currentDatabaseProvider());
  return {
    sessionId: row.id,
    user: { id: row.userId, name: row.name, email: row.email, role, credentials: row.credentials, mustChangePassword: row.mustChangePassword },
    lastSeenAt: row.lastSeenAt,
    secondFactorPending: row.secondFactorPending,
    // The stored role string, not the mapped one: the policy covers every role, present and future.
    twoStep: { enabled: row.totpConfirmedAt !== null, required: twoStepRequiredFor(policy, row.role) },
    persistent: row.persistent,
  };
}

/**
 * When a session stops being valid, by whichever limit comes first: idle timeout, its lifetime (longer
 * for "keep me signed in"), or, while the second factor is pending, the time allowed to type it.
 */
export function sessionEndedAt(
  row: { createdAt: Date; lastSeenAt: Date; persistent: boolean; secondFactorPending: boolean },
  limits: SessionLimits,
): { at: Date; action: string } {
  const lifetime = row.persistent ? (limits.rememberedLifetimeSeconds ?? limits.lifetimeSeconds) : limits.lifetimeSeconds;
  const candidates = [
    { at: row.lastSeenAt.getTime() + limits.idleSeconds * 1000, action: "auth.idle-timeout" },
    { at: row.createdAt.getTime() + lifetime * 1000, action: "auth.session-expired" },
    ...(row.secondFactorPending ? [{ at: row.createdAt.getTime() + SECOND_FACTOR_WINDOW_SECONDS * 1000, action: "auth.second-factor-expired" }] : []),
  ];
  const first = candidates.reduce((a, b) => (b.at < a.at ? b : a));
  return { at: new Date(first.at), action: first.action };
}

/** Records activity now (the "Stay signed in" button). */
export async function touchSession(sessionId: string, now = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
}

export async function revokeSession(sessionId: string, userId: string | null, action: string, at = new Date(), detail?: string): Promise<void> {
  const { count } = await db.authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: at },
  });
  if (count > 0) await recordAudit({ userId, action, resourceType: "session", resourceId: sessionId, outcome: "success", at, detail });
}

/** The second factor was given: the session now opens what the user's role allows. */
export async function completeSecondFactor(sessionId: string, now = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { secondFactorPending: false, lastSeenAt: now } });
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
