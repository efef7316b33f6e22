"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { revokeAllSessions } from "@/lib/data/auth-sessions";
import { getUser, setActive } from "@/lib/data/users";
import { setUserActiveSchema } from "@/lib/schemas/users";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/** Admin disables (ending every session at once) or re-enables an account. */
export async function setUserActiveAction(input: unknown): Promise<ActionResult<null>> {
  const admin = await requireAdmin();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = setUserActiveSchema.safeParse(input);
  if (!parsed.success) return fail("Invalid request", fieldErrorsFrom(parsed.error.issues));
  const target = await getUser(admin, parsed.data.userId);
  if (!target) return fail("No such account");
  // An admin who disables themselves could leave the clinic with no admin at all.
  if (target.id === admin.id && !parsed.data.active) return fail("You cannot disable your own account");
  await setActive(admin, target.id, parsed.data.active);
  if (!parsed.data.active) await revokeAllSessions(target.id);
  await recordAudit({
    userId: admin.id,
    action: parsed.data.active ? "user.enable" : "user.disable",
    resourceType: "user",
    resourceId: target.id,
    outcome: "success",
    ip: await requestIp(),
  });
  revalidatePath("/admin/users");
  return ok(null);
}
