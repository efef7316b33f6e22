"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { touchSession } from "@/lib/data/auth-sessions";
import { fail, ok, type ActionResult } from "./action-result";

/**
 * "Stay signed in": records activity on the caller's own session. Takes no input. A session that has
 * already ended is reported (not redirected) so the idle warning can show the sign-in page with its reason.
 */
export async function touchSessionAction(): Promise<ActionResult<null>> {
  const user = await getCurrentUser();
  if (!user) return fail("signed-out");
  await touchSession(user.sessionId);
  return ok(null);
}
