"use server";

import { revalidatePath } from "next/cache";
import { requestIp, requireUser } from "@/lib/auth/current-user";
import { endOtherOwnSessions, endOwnSession } from "@/lib/data/user-sessions";
import { endSessionSchema } from "@/lib/schemas/sessions";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

/**
 * "Sign out" one of one's own other devices from "Your sessions". Only the caller's own sessions can
 * be ended (the query is scoped by the session's user); another id is "not found", like an ended one.
 * The device in use signs out with the normal Sign out button.
 */
export async function endOwnSessionAction(input: unknown): Promise<ActionResult<null>> {
  const user = await requireUser();
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = endSessionSchema.safeParse(input);
  if (!parsed.success) return fail("Invalid request", fieldErrorsFrom(parsed.error.issues));
  if (parsed.data.sessionId === user.sessionId) return fail("This is the device you are using: use Sign out at the top of the page.");
  if (!(await endOwnSession(user.id, parsed.data.sessionId, await requestIp()))) return fail("That session has already ended.");
  revalidatePath("/account/sessions");
  return ok(null);
}

/** "Sign out everywhere else": ends every session of the caller but the one in use. Takes no input. */
export async function endOtherOwnSessionsAction(): Promise<ActionResult<{ ended: number }>> {
  const user = await requireUser();
  const ended = await endOtherOwnSessions(user.id, user.sessionId, await requestIp());
  revalidatePath("/account/sessions");
  return ok({ ended });
}
