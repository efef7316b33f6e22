"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { revokeAllSessions } from "@/lib/data/auth-sessions";
import { getUser, setPassword } from "@/lib/data/users";
import { resetPasswordSchema } from "@/lib/schemas/users";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * Admin sets a temporary password: the person must change it at next sign-in, and every session of
 * theirs ends, since whoever held the old password may be signed in [ASVS 7.4.3].
 */
export async function resetUserPasswordAction(input: unknown): Promise<ActionResult<null>> {
  const admin = await requireAdmin();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const target = await getUser(parsed.data.userId);
  if (!target) return fail("No such account");
  await setPassword(target.id, parsed.data.password, true);
  await revokeAllSessions(target.id, target.id === admin.id ? admin.sessionId : undefined);
  await recordAudit({ userId: admin.id, action: "user.password-reset", resourceType: "user", resourceId: target.id, outcome: "success", ip: await requestIp() });
  revalidatePath("/admin/users");
  return ok(null);
}
