"use server";

import { revalidatePath } from "next/cache";
import { requireSessionUser, requestIp } from "@/lib/auth/current-user";
import { authSettings } from "@/lib/auth/auth-settings";
import { verifyPassword } from "@/lib/auth/password";
import { passwordStrengthProblem } from "@/lib/auth/password-strength";
import { recordAudit } from "@/lib/data/audit";
import { revokeAllSessions } from "@/lib/data/auth-sessions";
import { accountKey, clearFailures, isLocked, recordFailure } from "@/lib/data/login-throttle";
import { getPasswordHash, setPassword } from "@/lib/data/users";
import { changePasswordSchema } from "@/lib/schemas/users";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "./action-result";

/**
 * The signed-in user changes their own password (also the forced change after an admin reset).
 * The current password is required, so a borrowed unlocked session cannot take the account over; wrong
 * guesses count towards the sign-in lockout. Every other session ends [ASVS 7.4.3].
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult<null>> {
  const user = await requireSessionUser();
  const ip = await requestIp();
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const { currentPassword, newPassword } = parsed.data;
  const weak = passwordStrengthProblem(newPassword, user);
  if (weak) return fail("Check the highlighted fields", { newPassword: [weak] });

  const key = accountKey(user.email);
  const hash = await getPasswordHash(user, user.id);
  const currentOk = hash !== null && (await verifyPassword(hash, currentPassword));
  if (!currentOk || (await isLocked([key]))) {
    if (!currentOk) await recordFailure(key, authSettings().maxFailuresPerAccount);
    await recordAudit({
      userId: user.id,
      action: "user.password-change",
      resourceType: "user",
      resourceId: user.id,
      outcome: "failure",
      ip,
      detail: currentOk ? "locked" : "bad-password",
    });
    return fail("Check the highlighted fields", {
      currentPassword: ["The current password is not right, or the account is locked for a few minutes"],
    });
  }

  // The user id comes from the session only: no input field can name another account.
  await setPassword(user, user.id, newPassword, false);
  await revokeAllSessions(user.id, user.sessionId);
  await clearFailures(key);
  await recordAudit({ userId: user.id, action: "user.password-change", resourceType: "user", resourceId: user.id, outcome: "success", ip });
  revalidatePath("/", "layout");
  return ok(null);
}
