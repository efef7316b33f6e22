"use server";

import { revalidatePath } from "next/cache";
import { requireClinician, requestIp } from "@/lib/auth/current-user";
import { acknowledgeAdverseEvent } from "@/lib/data/adverse-alerts";
import { recordAudit } from "@/lib/data/audit";
import { acknowledgeAdverseEventSchema } from "@/lib/schemas/referral-loop";
import { fail, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/** The referring clinician has read an adverse-event alert: it leaves the header badge. */
export async function acknowledgeAdverseEventAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireClinician();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = acknowledgeAdverseEventSchema.safeParse(input);
  if (!parsed.success) return fail("Alert not found");
  const done = /^[A-Za-z0-9_-]{1,64}$/.test(parsed.data.id) && (await acknowledgeAdverseEvent(user, parsed.data.id));
  await recordAudit({
    userId: user.id,
    action: "adverse-event.acknowledge",
    resourceType: "adverse-event",
    resourceId: parsed.data.id,
    outcome: done ? "success" : "denied",
    ip: await requestIp(),
  });
  if (!done) return fail("Alert not found");
  revalidatePath("/", "layout");
  return ok({ id: parsed.data.id });
}
