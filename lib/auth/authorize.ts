import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/data/audit";
import { accountKey, clearFailures, ipKey, isLocked, recordFailure } from "@/lib/data/login-throttle";
import { loginSchema, rememberChosen } from "@/lib/schemas/auth";
import { authSettings } from "./auth-settings";
import { dummyPasswordHash, verifyPassword } from "./password";

export interface AuthorizedUser {
  id: string;
  name: string;
  email: string;
  role: string;
  sessionId: string;
  /** "Keep me signed in on this device" was ticked. */
  persistent: boolean;
  /** The user has two-step sign-in: the session opens nothing until the code is given. */
  secondFactorPending: boolean;
}

/**
 * Checks email + password. Every failure (unknown email, wrong password, disabled account, locked)
 * returns null, after the same argon2 work, so callers cannot tell them apart [ASVS 6.3.8].
 * On success a server-side session row is created; its id travels in the JWT.
 */
export async function authorizeCredentials(raw: unknown, ip: string, userAgent = ""): Promise<AuthorizedUser | null> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const settings = authSettings();

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  const locked = await isLocked([accountKey(email), ipKey(ip)]);

  if (!user || !passwordOk || !user.active || locked) {
    await recordFailure(accountKey(email), settings.maxFailuresPerAccount);
    await recordFailure(ipKey(ip), settings.maxFailuresPerIp);
    const reason = locked ? "locked" : !user ? "unknown-account" : !passwordOk ? "bad-password" : "disabled";
    await recordAudit({ userId: user?.id ?? null, action: "auth.sign-in", outcome: "failure", ip, detail: reason });
    return null;
  }

  await clearFailures(accountKey(email));
  const twoStep = await db.twoStepTotp.findUnique({ where: { userId: user.id }, select: { confirmedAt: true } });
  const secondFactorPending = !!twoStep?.confirmedAt;
  const persistent = rememberChosen(raw);
  const session = await db.authSession.create({
    data: { userId: user.id, tokenVersion: user.tokenVersion, ip, secondFactorPending, persistent, userAgent: userAgent.slice(0, 256) },
  });
  await recordAudit({
    userId: user.id,
    action: "auth.sign-in",
    outcome: "success",
    ip,
    resourceType: "session",
    resourceId: session.id,
    detail: `${secondFactorPending ? "password; second factor pending" : "password"}${persistent ? "; kept signed in" : ""}`,
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionId: session.id, persistent, secondFactorPending };
}
