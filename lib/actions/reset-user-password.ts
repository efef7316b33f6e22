"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { reauthenticate } from "@/lib/auth/reauthenticate";
import { passwordStrengthProblem } from "@/lib/auth/password-strength";
import { recordAudit } from "@/lib/data/audit";
import { revokeAllSessions } from "@/lib/data/auth-sessions";
import { getUser, setPassword } from "@/lib/data/users";
import { resetPasswordSchema } from "@/lib/schemas/users";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

// Not exported: a "use server" file may export only async functions.
const SELF_RESET_REFUSED =
  "You can't reset your own password here: use Change password on your Account page, which asks for your current one.";

/**
 * Admin sets a temporary password: the person must change it at next sign-in, and every session of
 * theirs ends, since whoever held the old password may be signed in [ASVS 7.4.3].
 * A borrowed admin session must not take over accounts that can administer others, so an admin's own
 * password is never reset here (change-password needs the current one), and resetting another admin
 * needs the acting admin's password again [ASVS 6.4.x re-authentication]; wrong guesses count towards
 * the acting admin's sign-in lockout.
 */
export async function resetUserPasswordAction(input: unknown): Promise<ActionResult<null>> {
  const admin = await requireAdmin();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const ip = await requestIp();
  const target = await getUser(admin, parsed.data.userId);
  if (!target) return fail("No such account");
  const audit = (outcome: "success" | "failure" | "denied", detail?: string) =>
    recordAudit({ userId: admin.id, action: "user.password-reset", resourceType: "user", resourceId: target.id, outcome, ip, detail });

  if (target.id === admin.id) {
    await audit("denied", "self-reset");
    return fail(SELF_RESET_REFUSED);
  }
  if (target.role === "ADMIN") {
    const reauth = await reauthenticate(admin, parsed.data.adminPassword ?? "");
    if (reauth) {
      await audit("failure", reauth);
      return fail("Check the highlighted fields", {
        adminPassword: ["Enter your own password to reset another admin's (it was not right, or your account is locked for a few minutes)"],
      });
    }
  }
  const weak = passwordStrengthProblem(parsed.data.password, target);
  if (weak) return fail("Check the highlighted fields", { password: [weak] });

  await setPassword(admin, target.id, parsed.data.password, true);
  await revokeAllSessions(target.id);
  await audit("success");
  revalidatePath("/admin/users");
  return ok(null);
}
