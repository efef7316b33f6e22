import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { recordAudit } from "@/lib/data/audit";
import { validateSession, type ValidSession } from "@/lib/data/auth-sessions";
import { sessionLimits } from "./auth-settings";
import { sessionIdFromCookie } from "./session-token";

export type SessionUser = ValidSession["user"] & {
  sessionId: string;
  /** The clinic's policy requires a second factor for this user's role and none is set up yet. */
  mustEnrolTwoStep: boolean;
  twoStepEnabled: boolean;
  persistent: boolean;
};

/**
 * This request's server-side session, even one still waiting for its second factor. Validated against
 * the database on every request, so a signed-out, idle, expired or disabled session is refused by any
 * app instance. Cached per request.
 */
const getSession = cache(async (): Promise<ValidSession | null> => {
  const sessionId = await sessionIdFromCookie();
  return sessionId ? validateSession(sessionId, sessionLimits()) : null;
});

/**
 * The signed-in user of this request, or null. A session whose second factor is still pending is not
 * signed in: it counts as no session everywhere but the code page (requirePendingSignIn).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getSession();
  if (!session || session.secondFactorPending) return null;
  return {
    ...session.user,
    sessionId: session.sessionId,
    mustEnrolTwoStep: session.twoStep.required && !session.twoStep.enabled,
    twoStepEnabled: session.twoStep.enabled,
    persistent: session.persistent,
  };
});

import { requestIp } from "./request-address";

/** Re-exported for callers above the data layer; lib/data imports the leaf module directly. */
export { requestIp };

/** Where a user whose password was set or reset by an admin must choose their own first. */
export const CHANGE_PASSWORD_PATH = "/change-password";
/** Where the code is asked for after the password. */
export const TWO_STEP_CODE_PATH = "/login/two-step";
/** Where a user sets up an authenticator (and must, when the policy requires it). */
export const TWO_STEP_SETUP_PATH = "/two-step/setup";

/**
 * A session that has passed the password and still owes its second factor: only for the code page
 * and its action. Anyone else is sent on: signed in to "/", no session to /login.
 */
export async function requirePendingSignIn(): Promise<ValidSession> {
  const session = await pendingSignIn();
  if (session === null) redirect("/login");
  if (session === "signed-in") redirect("/");
  return session;
}

/** One read of the session: the one owing its second factor, "signed-in" when it owes nothing, or null. */
export async function pendingSignIn(): Promise<ValidSession | "signed-in" | null> {
  const session = await getSession();
  if (!session) return null;
  return session.secondFactorPending ? session : "signed-in";
}

/** True when a session cookie is present and still waits for its second factor. */
export async function secondFactorPending(): Promise<boolean> {
  return (await getSession())?.secondFactorPending ?? false;
}

/**
 * Any signed-in user, even one who must still change their password or set up two-step sign-in: only
 * for those two pages and their actions (and the idle "stay signed in" touch).
 */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect((await secondFactorPending()) ? TWO_STEP_CODE_PATH : "/login");
  return user;
}

/**
 * Whether this user may reach anything beyond the password-change and two-step setup pages. Route
 * handlers (PDF, FHIR, CSV) use it, since they answer with a status instead of a redirect.
 */
export function hasFullAccess(user: SessionUser): boolean {
  return !user.mustChangePassword && !user.mustEnrolTwoStep;
}

/**
 * Any signed-in user (every role). Redirects to /login otherwise, to the forced password change, or to
 * two-step setup when the clinic's policy requires it and the user has none yet: until then the account
 * reaches nothing else.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSessionUser();
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (user.mustEnrolTwoStep) redirect(TWO_STEP_SETUP_PATH);
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
