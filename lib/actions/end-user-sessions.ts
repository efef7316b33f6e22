"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { revokeAllSessions } from "@/lib/data/auth-sessions";
import { getUser } from "@/lib/data/users";
import { userIdSchema } from "@/lib/schemas/users";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/** Admin "End all sessions": a lost laptop or a suspected stolen cookie [ASVS 7.4.5]. */
export async function endUserSessionsAction(input: unknown): Promise<ActionResult<null>> {
  const admin = await requireAdmin();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return fail("Invalid request", fieldErrorsFrom(parsed.error.issues));
  const target = await getUser(admin, parsed.data.userId);
  if (!target) return fail("No such account");
  // Ending one's own sessions keeps the one in use, so the admin is not thrown out mid-task.
  await revokeAllSessions(target.id, target.id === admin.id ? admin.sessionId : undefined);
  await recordAudit({
    userId: admin.id,
    action: "user.end-sessions",
    resourceType: "user",
    resourceId: target.id,
    outcome: "success",
    ip: await requestIp(),
  });
  revalidatePath("/admin/users");
  return ok(null);
}
