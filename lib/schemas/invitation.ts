import { z } from "zod";
import { passwordSchema } from "./password";

/** The emailed link's token: 32 random bytes as base64url (lib/data/referral-dispatch.ts). */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid");

/** Accepting a therapist's invitation: the same password policy as every account (lib/schemas/password.ts). */
export const acceptInvitationSchema = z
  .object({
    token: invitationTokenSchema,
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ" });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/** What an invitation that cannot be used says: plainly why, and nothing about any account or address. */
export const INVITATION_REFUSALS = {
  unknown: "This invitation link is not valid. Check that you opened the whole link from the email.",
  used: "This invitation has already been used. Sign in with the email address it was sent to and the password you chose.",
  expired: "This invitation has expired. Ask the referring clinician or the clinic's administrator to send it again.",
  "email-taken": "This invitation cannot be used to create an account. Ask the clinic's administrator for help.",
} as const;
