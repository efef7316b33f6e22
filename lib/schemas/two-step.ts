import { z } from "zod";
import { TWO_STEP_POLICIES } from "@/lib/domain/auth/two-step-policy";

/** Two-step sign-in forms and actions (one schema each, shared by form and action). */

const password = (message: string) => z.string().min(1, message).max(1024, "Password is too long");
const code = z.string().trim().min(1, "Enter the 6-digit code your authenticator app shows").max(40, "That is not a code");

/** After the password: a code from the app or a recovery code. */
export const secondFactorSchema = z.object({
  code: z.string().trim().min(1, "Enter the code from your authenticator app, or one of your recovery codes").max(40, "That is not a code"),
});
export type SecondFactorInput = z.infer<typeof secondFactorSchema>;

/** Confirming enrolment: a first code from the app, and the password (a borrowed session cannot enrol). */
export const confirmTwoStepSchema = z.object({ code, password: password("Enter your password") });
export type ConfirmTwoStepInput = z.infer<typeof confirmTwoStepSchema>;

/** New recovery codes for oneself: the password again. */
export const newRecoveryCodesSchema = z.object({ password: password("Enter your password") });
export type NewRecoveryCodesInput = z.infer<typeof newRecoveryCodesSchema>;

/** An admin removes someone's authenticator (lost phone): the admin's own password again. */
export const resetTwoStepSchema = z.object({
  userId: z.string().trim().min(1).max(64),
  adminPassword: password("Enter your own password to confirm"),
});
export type ResetTwoStepInput = z.infer<typeof resetTwoStepSchema>;

export const twoStepPolicySchema = z.object({
  policy: z.enum(TWO_STEP_POLICIES, { message: "Choose who must use two-step sign-in" }),
  adminPassword: password("Enter your own password to confirm"),
});
export type TwoStepPolicyInput = z.infer<typeof twoStepPolicySchema>;
