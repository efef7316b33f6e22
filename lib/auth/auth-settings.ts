import { serverEnv } from "@/lib/env";

/** Session and throttling limits, configurable by environment variables (seconds; lib/env.ts validates them). */
export function authSettings() {
  const env = serverEnv();
  return {
    /** HIPAA automatic logoff; ASVS 7.3.1. Default 30 minutes. */
    idleTimeoutSeconds: env.AUTH_IDLE_TIMEOUT_SECONDS ?? 30 * 60,
    /** ASVS 7.3.2. Default 12 hours (a working day); the cookie ends with the browser. */
    absoluteLifetimeSeconds: env.AUTH_ABSOLUTE_LIFETIME_SECONDS ?? 12 * 60 * 60,
    /**
     * "Keep me signed in on this device": the cookie survives closing the browser, for up to 7 days by
     * default. The idle timeout still applies (an unattended screen is signed out either way).
     */
    rememberedLifetimeSeconds: env.AUTH_REMEMBERED_LIFETIME_SECONDS ?? 7 * 24 * 60 * 60,
    /** Failed sign-ins allowed per window before the account (or IP) is locked. */
    maxFailuresPerAccount: env.AUTH_MAX_FAILURES_PER_ACCOUNT ?? 5,
    maxFailuresPerIp: env.AUTH_MAX_FAILURES_PER_IP ?? 20,
    failureWindowSeconds: env.AUTH_FAILURE_WINDOW_SECONDS ?? 15 * 60,
    lockoutSeconds: env.AUTH_LOCKOUT_SECONDS ?? 15 * 60,
  };
}

/** The limits every session check applies (lib/data/auth-sessions.ts validateSession). */
export function sessionLimits() {
  const s = authSettings();
  return {
    idleSeconds: s.idleTimeoutSeconds,
    lifetimeSeconds: s.absoluteLifetimeSeconds,
    rememberedLifetimeSeconds: s.rememberedLifetimeSeconds,
  };
}
