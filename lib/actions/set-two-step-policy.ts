"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { reauthenticate } from "@/lib/auth/reauthenticate";
import { recordAudit } from "@/lib/data/audit";
import { getTwoStepPolicy, setTwoStepPolicy } from "@/lib/data/two-step";
import { twoStepPolicySchema } from "@/lib/schemas/two-step";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * Sets who must use two-step sign-in. Enforced on every request from then on (requireUser): a user
 * the policy now covers who has no authenticator reaches only the setup page. The admin's password is
 * asked again (a borrowed session must not turn it off), and the change is audited with both values.
 */
export async function setTwoStepPolicyAction(input: unknown): Promise<ActionResult<null>> {
  const admin = await requireAdmin();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = twoStepPolicySchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const ip = await requestIp();
  const before = await getTwoStepPolicy();
  const reauth = await reauthenticate(admin, parsed.data.adminPassword);
  if (reauth) {
    await recordAudit({ userId: admin.id, action: "security.two-step-policy", outcome: "failure", ip, detail: reauth });
    return fail("Check the highlighted fields", {
      adminPassword: ["That is not your password (or your account is locked for a few minutes)"],
    });
  }
  await setTwoStepPolicy(admin, parsed.data.policy);
  await recordAudit({
    userId: admin.id,
    action: "security.two-step-policy",
    outcome: "success",
    ip,
    detail: `from=${before} to=${parsed.data.policy}`,
  });
  revalidatePath("/admin/security");
  return ok(null);
}
