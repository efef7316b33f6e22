import { generate } from "otplib";
import { confirmTwoStepAction } from "@/lib/actions/confirm-two-step";
import { db } from "@/lib/db/client";
import { pendingTotpSecret, TWO_STEP_POLICY_KEY } from "@/lib/data/two-step";
import { createTestUser, TEST_PASSWORD } from "./db-fixtures";
import { signInAs } from "./sign-in-as";
import type { TwoStepPolicy } from "@/lib/domain/auth/two-step-policy";

/** The code an authenticator app shows for this secret, `offsetSteps` 30-second steps from now. */
export async function codeFor(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

export async function setPolicyForTest(policy: TwoStepPolicy | null): Promise<void> {
  if (policy === null) await db.securitySetting.deleteMany({ where: { key: TWO_STEP_POLICY_KEY } });
  else
    await db.securitySetting.upsert({
      where: { key: TWO_STEP_POLICY_KEY },
      create: { key: TWO_STEP_POLICY_KEY, value: policy },
      update: { value: policy },
    });
}

/** A user with two-step sign-in confirmed through the enrolment action; returns the secret and recovery codes. */
export async function enrolledUser(role: "CLINICIAN" | "ADMIN" = "CLINICIAN") {
  const user = await createTestUser({ role });
  await signInAs(user);
  const secret = await pendingTotpSecret(user.id);
  if (!secret) throw new Error("no pending secret");
  const result = await confirmTwoStepAction({ code: await codeFor(secret), password: TEST_PASSWORD });
  if (!result.ok) throw new Error(result.error);
  return { user, secret, recoveryCodes: result.data.recoveryCodes };
}
