"use server";

import { requestIp, requireSessionUser } from "@/lib/auth/current-user";
import { reauthenticate } from "@/lib/auth/reauthenticate";
import { recordAudit } from "@/lib/data/audit";
import { confirmTotpEnrolment } from "@/lib/data/two-step";
import { confirmTwoStepSchema } from "@/lib/schemas/two-step";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * Turns two-step sign-in on for the signed-in user: the first code from the app proves it holds the
 * secret of the QR code just shown, and the password proves the person (not only their session) is
 * here, so a borrowed session cannot tie the account to someone else's phone. Returns the recovery
 * codes, shown once; only their hashes are kept.
 */
export async function confirmTwoStepAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const user = await requireSessionUser();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = confirmTwoStepSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const ip = await requestIp();
  const audit = (outcome: "success" | "failure", detail?: string) =>
    recordAudit({ userId: user.id, action: "auth.two-step-enrol", outcome, ip, resourceType: "user", resourceId: user.id, detail });

  const reauth = await reauthenticate(user, parsed.data.password);
  if (reauth) {
    await audit("failure", reauth);
    return fail("Check the highlighted fields", { password: ["That password is not right (or the account is locked for a few minutes)"] });
  }
  const recoveryCodes = await confirmTotpEnrolment(user.id, parsed.data.code);
  if (!recoveryCodes) {
    await audit("failure", "wrong-code");
    return fail("Check the highlighted fields", {
      code: ["That code is not right. Check the app shows MassageRx and enter its current code"],
    });
  }
  await audit("success");
  return ok({ recoveryCodes });
}
