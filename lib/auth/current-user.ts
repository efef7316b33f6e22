import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { recordAudit } from "@/lib/data/audit";
import { validateSession, type ValidSession } from "@/lib/data/auth-sessions";
import { authOptions } from "./auth-options";
import { authSettings } from "./auth-settings";
import { clientIpFrom } from "./request-ip";

export type SessionUser = ValidSession["user"] & { sessionId: string };

/**
 * The signed-in user of this request, or null. Validated against the database on every request, so a
 * signed-out, idle, expired or disabled session is refused by any app instance. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.sessionId) return null;
  const { idleTimeoutSeconds, absoluteLifetimeSeconds } = authSettings();
  const valid = await validateSession(session.sessionId, {
    idleSeconds: idleTimeoutSeconds,
    lifetimeSeconds: absoluteLifetimeSeconds,
  });
  return valid ? { ...valid.user, sessionId: valid.sessionId } : null;
});

export async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIpFrom((name) => h.get(name));
}

/** Any signed-in user (clinician or admin). Redirects to /login otherwise. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** A signed-in clinician: the only role that creates and owns referrals. */
export async function requireClinician(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "CLINICIAN") await deny(user, "role.clinician-required");
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
