"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { passwordStrengthProblem } from "@/lib/auth/password-strength";
import { recordAudit } from "@/lib/data/audit";
import { createUser, emailTaken } from "@/lib/data/users";
import { createUserSchema } from "@/lib/schemas/users";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/** Admin creates a clinician or admin with an initial password the person must change at first sign-in. */
export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const admin = await requireAdmin();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const weak = passwordStrengthProblem(parsed.data.password, parsed.data);
  if (weak) return fail("Check the highlighted fields", { password: [weak] });
  if (await emailTaken(admin, parsed.data.email)) {
    return fail("Check the highlighted fields", { email: ["An account with this email already exists"] });
  }
  // Only the parsed fields reach the database: active, tokenVersion, mustChangePassword are never input.
  const created = await createUser(admin, parsed.data);
  await recordAudit({
    userId: admin.id,
    action: "user.create",
    resourceType: "user",
    resourceId: created.id,
    outcome: "success",
    ip: await requestIp(),
    detail: `role=${parsed.data.role}`,
  });
  revalidatePath("/admin/users");
  return ok(created);
}
