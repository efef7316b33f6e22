import { serverEnv } from "@/lib/env";

/** Session and throttling limits, configurable by environment variables (seconds; lib/env.ts validates them). */
export function authSettings() {
  const env = serverEnv();
  return {
    /** HIPAA automatic logoff; ASVS 7.3.1. Default 30 minutes. */
    idleTimeoutSeconds: env.AUTH_IDLE_TIMEOUT_SECONDS ?? 30 * 60,
    /** ASVS 7.3.2. Default 12 hours. */
    absoluteLifetimeSeconds: env.AUTH_ABSOLUTE_LIFETIME_SECONDS ?? 12 * 60 * 60,
    /** Failed sign-ins allowed per window before the account (or IP) is locked. */
    maxFailuresPerAccount: env.AUTH_MAX_FAILURES_PER_ACCOUNT ?? 5,
    maxFailuresPerIp: env.AUTH_MAX_FAILURES_PER_IP ?? 20,
    failureWindowSeconds: env.AUTH_FAILURE_WINDOW_SECONDS ?? 15 * 60,
    lockoutSeconds: env.AUTH_LOCKOUT_SECONDS ?? 15 * 60,
  };
}
