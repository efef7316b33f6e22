"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { reauthenticate } from "@/lib/auth/reauthenticate";
import { recordAudit } from "@/lib/data/audit";
import { revokeAllSessions } from "@/lib/data/auth-sessions";
import { removeTwoStep } from "@/lib/data/two-step";
import { getUser } from "@/lib/data/users";
import { resetTwoStepSchema } from "@/lib/schemas/two-step";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * An admin removes someone's authenticator and recovery codes (a lost phone). It weakens that account
 * until they enrol again, so it needs the admin's own password again, never applies to the admin's own
 * account (a borrowed admin session must not strip its own second factor), ends every session of the
 * person, and is audited.
 */
export async function resetUserTwoStepAction(input: unknown): Promise<ActionResult<null>> {
  const admin = await requireAdmin();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = resetTwoStepSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const ip = await requestIp();
  const target = await getUser(admin, parsed.data.userId);
  if (!target) return fail("No such account");
  const audit = (outcome: "success" | "failure" | "denied", detail?: string) =>
    recordAudit({ userId: admin.id, action: "user.two-step-reset", resourceType: "user", resourceId: target.id, outcome, ip, detail });

  if (target.id === admin.id) {
    await audit("denied", "self-reset");
    return fail("You can't reset your own two-step sign-in. Another admin can, or use a recovery code to sign in.");
  }
  const reauth = await reauthenticate(admin, parsed.data.adminPassword);
  if (reauth) {
    await audit("failure", reauth);
    return fail("Check the highlighted fields", {
      adminPassword: ["That is not your password (or your account is locked for a few minutes)"],
    });
  }
  const removed = await removeTwoStep(admin, target.id);
  await revokeAllSessions(target.id);
  await audit("success", removed ? "removed" : "none-set-up");
  revalidatePath("/admin/users");
  return ok(null);
}
