/** Session and throttling limits, configurable by environment variables (seconds). */
function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function authSettings() {
  return {
    /** HIPAA automatic logoff; ASVS 7.3.1. Default 30 minutes. */
    idleTimeoutSeconds: seconds("AUTH_IDLE_TIMEOUT_SECONDS", 30 * 60),
    /** ASVS 7.3.2. Default 12 hours. */
    absoluteLifetimeSeconds: seconds("AUTH_ABSOLUTE_LIFETIME_SECONDS", 12 * 60 * 60),
    /** Failed sign-ins allowed per window before the account (or IP) is locked. */
    maxFailuresPerAccount: seconds("AUTH_MAX_FAILURES_PER_ACCOUNT", 5),
    maxFailuresPerIp: seconds("AUTH_MAX_FAILURES_PER_IP", 20),
    failureWindowSeconds: seconds("AUTH_FAILURE_WINDOW_SECONDS", 15 * 60),
    lockoutSeconds: seconds("AUTH_LOCKOUT_SECONDS", 15 * 60),
  };
}
