import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(254).email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(1024, "Password is too long"),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** "Keep me signed in on this device", as the sign-in form posts it: the field "remember" is "true". */
export function rememberChosen(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && (raw as { remember?: unknown }).remember === "true";
}
