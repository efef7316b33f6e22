import { z } from "zod";
import { passwordSchema } from "./password";

/** Shared by the admin forms (zodResolver) and the account actions (safeParse). Unknown keys are dropped. */
export const ROLES = ["CLINICIAN", "ADMIN"] as const;

/** Every account role. THERAPIST accounts are made only by a therapist's invitation (issue 16), never by the form. */
export const ACCOUNT_ROLES = ["CLINICIAN", "ADMIN", "THERAPIST"] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** A stored role; an unknown value gets the narrowest scope there is short of none (a clinician's own rows). */
export function asAccountRole(raw: string): AccountRole {
  return ACCOUNT_ROLES.find((r) => r === raw) ?? "CLINICIAN";
}

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

export const createUserSchema = z.object({
  name: text(120).min(1, "Enter the person's name"),
  credentials: text(60),
  email: z.string().trim().toLowerCase().min(1, "Enter an email address").max(254).email("Enter a valid email address"),
  role: z.enum(ROLES, { message: "Choose a role" }),
  clinicName: text(160),
  phone: text(40),
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const userIdSchema = z.object({ userId: z.string().trim().min(1).max(64) });
export type UserIdInput = z.infer<typeof userIdSchema>;

export const setUserActiveSchema = userIdSchema.extend({ active: z.boolean() });
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

/** adminPassword: the acting admin's own password, asked again when the account reset is another admin's. */
export const resetPasswordSchema = userIdSchema.extend({ password: passwordSchema, adminPassword: z.string().max(1024).optional() });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(1024),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password you have not used here" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
