import { generate } from "otplib";
import { db } from "@/lib/db/client";
import { TWO_STEP_POLICY_KEY } from "@/lib/data/two-step";
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
