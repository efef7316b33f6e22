"use server";

import { authSettings } from "@/lib/auth/auth-settings";
import { redirect } from "next/navigation";
import { pendingSignIn, requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { completeSecondFactor } from "@/lib/data/auth-sessions";
import { clearFailures, isLocked, recordFailure } from "@/lib/data/login-throttle";
import { acceptSecondFactor } from "@/lib/data/two-step";
import { secondFactorSchema } from "@/lib/schemas/two-step";
import { fail, fieldErrorsFrom, ok, refuseUnstorableText, type ActionResult } from "./action-result";

// Not exported: a "use server" file may export only async functions.
const WRONG_CODE = "That code is not right, or it was already used. Codes change every 30 seconds: enter the one your app shows now.";
const LOCKED = "Too many wrong codes. For your account's safety, wait 15 minutes, then sign in again.";

/**
 * The second step of sign-in: a current code from the authenticator app, or an unused recovery code,
 * for the session that has just passed the password. Wrong codes are counted per account in the
 * database (every instance sees them); at the limit, codes are refused for the lockout time even when
 * right, so 6-digit codes cannot be guessed [ASVS 6.3.1 / 6.6]. Each code and recovery code works once.
 */
export async function verifySecondFactorAction(input: unknown): Promise<ActionResult<{ usedRecoveryCode: boolean }>> {
  const session = await pendingSignIn();
  if (session === null) redirect("/login");
  // Already fully signed in (another tab finished first): a plain answer, not a redirect.
  if (session === "signed-in") return fail("You are already signed in.");
  const refused = refuseUnstorableText(input);
  if (refused) return refused;
  const parsed = secondFactorSchema.safeParse(input);
  if (!parsed.success) return fail("Check the code", fieldErrorsFrom(parsed.error.issues));
  const userId = session.user.id;
  const ip = await requestIp();
  const key = `two-step:${userId}`;
  const audit = (outcome: "success" | "failure", detail: string) =>
    recordAudit({ userId, action: "auth.second-factor", outcome, ip, resourceType: "session", resourceId: session.sessionId, detail });

  if (await isLocked([key])) {
    await audit("failure", "locked");
    return fail(LOCKED, { code: [LOCKED] });
  }
  const match = await acceptSecondFactor(userId, parsed.data.code);
  if (match === null) {
    await recordFailure(key, authSettings().maxFailuresPerAccount);
    await audit("failure", "wrong-or-used-code");
    const nowLocked = await isLocked([key]);
    return fail(nowLocked ? LOCKED : WRONG_CODE, { code: [nowLocked ? LOCKED : WRONG_CODE] });
  }
  await clearFailures(key);
  await completeSecondFactor(session.sessionId);
  await audit("success", match);
  return ok({ usedRecoveryCode: match === "recovery-code" });
}
