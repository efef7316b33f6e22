import { z } from "zod";

/**
 * Password policy after ASVS 5.0 section 6.2 and NIST SP 800-63B: length is what counts, so at least
 * 8 characters (15 advised, shown as a hint), up to 128, any characters including spaces and emoji,
 * no composition rules, no trimming. This schema is the part the forms check in the browser; the
 * server actions add the blocklist check (common, breached and context-specific passwords), which
 * needs dictionaries too large to ship to the browser: lib/auth/password-strength.ts.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_ADVISED = 15;
export const PASSWORD_MAX = 128;
export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters; ${PASSWORD_ADVISED} or more is better. A few unrelated words make a strong password. Any characters, including spaces, are allowed; common, breached and easily guessed passwords are refused.`;

/** Length in characters as a person counts them (code points), not UTF-16 units. */
export const passwordLength = (value: string) => Array.from(value).length;

export const passwordSchema = z.string().superRefine((value, ctx) => {
  const length = passwordLength(value);
  if (length < PASSWORD_MIN) {
    ctx.addIssue({ code: "custom", message: `Use at least ${PASSWORD_MIN} characters` });
  } else if (length > PASSWORD_MAX) {
    ctx.addIssue({ code: "custom", message: `Use at most ${PASSWORD_MAX} characters` });
  }
});
