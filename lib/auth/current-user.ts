import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { recordAudit } from "@/lib/data/audit";
import { validateSession, type ValidSession } from "@/lib/data/auth-sessions";
import { authSettings } from "./auth-settings";
import { sessionIdFromCookie } from "./session-token";

export type SessionUser = ValidSession["user"] & { sessionId: string };

/**
 * The signed-in user of this request, or null. Validated against the database on every request, so a
 * signed-out, idle, expired or disabled session is refused by any app instance. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const sessionId = await sessionIdFromCookie();
  if (!sessionId) return null;
  const { idleTimeoutSeconds, absoluteLifetimeSeconds } = authSettings();
  const valid = await validateSession(sessionId, {
    idleSeconds: idleTimeoutSeconds,
    lifetimeSeconds: absoluteLifetimeSeconds,
  });
  return valid ? { ...valid.user, sessionId: valid.sessionId } : null;
});

import { requestIp } from "./request-address";

/** Re-exported for callers above the data layer; lib/data imports the leaf module directly. */
export { requestIp };

/** Where a user whose password was set or reset by an admin must choose their own first. */
export const CHANGE_PASSWORD_PATH = "/change-password";

/**
 * Any signed-in user, even one who must still change their password: only for the forced
 * change-password page and its action (and the idle "stay signed in" touch).
 */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** Any signed-in user (clinician or admin). Redirects to /login otherwise, or to the forced password change. */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSessionUser();
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** A signed-in clinician: the only role that creates and owns referrals. */
export async function requireClinician(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "CLINICIAN") await deny(user, "role.clinician-required");
  return user;
}

/** A signed-in therapist: sees only the referrals sent to them (lib/data/therapist-referrals.ts). */
export async function requireTherapist(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "THERAPIST") await deny(user, "role.therapist-required");
  return user;
}

/** A signed-in admin. Others get a 404, as if the admin page or action did not exist. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") await deny(user, "role.admin-required");
  return user;
}

async function deny(user: SessionUser, detail: string): Promise<never> {
  await recordAudit({ userId: user.id, action: "access.denied", outcome: "denied", ip: await requestIp(), detail });
  notFound();
}
