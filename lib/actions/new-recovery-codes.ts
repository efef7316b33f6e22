"use server";

import { requestIp, requireUser } from "@/lib/auth/current-user";
import { reauthenticate } from "@/lib/auth/reauthenticate";
import { recordAudit } from "@/lib/data/audit";
import { getTwoStepStatus, replaceRecoveryCodes } from "@/lib/data/two-step";
import { newRecoveryCodesSchema } from "@/lib/schemas/two-step";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/** A fresh set of recovery codes for oneself (the old ones stop working), after the password again. */
export async function newRecoveryCodesAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const user = await requireUser();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = newRecoveryCodesSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const ip = await requestIp();
  if (!(await getTwoStepStatus(user.id)).enabledAt) return fail("Two-step sign-in is not on for your account");
  const reauth = await reauthenticate(user, parsed.data.password);
  if (reauth) {
    await recordAudit({ userId: user.id, action: "auth.recovery-codes", outcome: "failure", ip, detail: reauth });
    return fail("Check the highlighted fields", { password: ["That password is not right (or the account is locked for a few minutes)"] });
  }
  const recoveryCodes = await replaceRecoveryCodes(user.id);
  await recordAudit({ userId: user.id, action: "auth.recovery-codes", outcome: "success", ip, resourceType: "user", resourceId: user.id });
  return ok({ recoveryCodes });
}
