/**
 * Who must use two-step sign-in (a password and a code from an authenticator app), as the clinic's
 * admins set it. Pure: the policy value comes from the SecuritySetting row, the role from the user.
 *
 * - "optional": anyone may turn it on for their own account; nobody is made to.
 * - "admins": every admin must (an admin account can read every referral and manage every account).
 * - "everyone": every role must, clinicians, therapists and any role added later included.
 */
/** The SecuritySetting row that holds the policy. */
export const TWO_STEP_POLICY_KEY = "two-step-policy";

export const TWO_STEP_POLICIES = ["optional", "admins", "everyone"] as const;
export type TwoStepPolicy = (typeof TWO_STEP_POLICIES)[number];

export const TWO_STEP_POLICY_LABELS: Record<TwoStepPolicy, string> = {
  optional: "Optional for everyone",
  admins: "Required for admins, optional for everyone else",
  everyone: "Required for everyone",
};

/**
 * The policy in force. No stored value (nobody has chosen yet): on PostgreSQL, a real deployment, it
 * starts "admins"; the embedded demo database starts "optional" so the demo accounts sign in with the
 * password alone. An unknown stored value is treated as the strictest policy, never as off.
 */
export function effectiveTwoStepPolicy(stored: string | null | undefined, provider: "sqlite" | "postgresql"): TwoStepPolicy {
  if (stored === null || stored === undefined) return provider === "postgresql" ? "admins" : "optional";
  return (TWO_STEP_POLICIES as readonly string[]).includes(stored) ? (stored as TwoStepPolicy) : "everyone";
}

/** Whether this role must have a second factor under this policy. Roles are compared as stored strings. */
export function twoStepRequiredFor(policy: TwoStepPolicy, role: string): boolean {
  switch (policy) {
    case "optional":
      return false;
    case "admins":
      return role === "ADMIN";
    case "everyone":
      return true;
  }
}
