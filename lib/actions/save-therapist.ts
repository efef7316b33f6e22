"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { saveTherapist } from "@/lib/data/therapists";
import { saveTherapistSchema } from "@/lib/schemas/therapist";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/** Admin adds or edits a therapist directory entry. */
export async function saveTherapistAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const admin = await requireAdmin();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = saveTherapistSchema.safeParse(input);
  if (!parsed.success) return fail("Check the highlighted fields", fieldErrorsFrom(parsed.error.issues));
  const { id, ...values } = parsed.data;
  const result = await saveTherapist(admin, values, id || undefined);
  await recordAudit({
    userId: admin.id,
    action: id ? "therapist.update" : "therapist.create",
    resourceType: "therapist",
    resourceId: result.ok ? result.id : id,
    outcome: result.ok ? "success" : "failure",
    ip: await requestIp(),
    ...(result.ok ? {} : { detail: result.reason }),
  });
  if (!result.ok) {
    if (result.reason === "email-taken")
      return fail("Check the highlighted fields", { email: ["Another therapist in the directory has this email"] });
    return fail("That therapist is no longer in the directory");
  }
  revalidatePath("/admin/therapists");
  return ok({ id: result.id });
}
