"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import type { LoginInput } from "@/lib/schemas/auth";
import { signInWithCredentials } from "./auth-client";
import { TextField } from "./ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";

/** One message for every failed sign-in, so the form does not reveal which accounts exist. */
export const SIGN_IN_FAILED = "Email or password is incorrect, or the account is locked. Try again in a few minutes.";
/** The server could not check the sign-in (e.g. its database is down): nothing about the account is said. */
export const SIGN_IN_UNAVAILABLE =
  "Sign-in is not available right now. Try again in a few minutes; if it keeps happening, tell your administrator.";

/**
 * The shared loginSchema (the one authorize() parses with), loaded on first validation: the sign-in page
 * is the first page anyone sees, and zod is a third of its weight.
 */
const resolver: Resolver<LoginInput> = async (values, context, options) => {
  const [{ zodResolver }, { loginSchema }] = await Promise.all([import("@hookform/resolvers/zod"), import("@/lib/schemas/auth")]);
  return zodResolver(loginSchema)(values, context, options);
};

/** `next`: where to go once signed in (the login page allows only "/" or a referral's /r/<code>). */
export function LoginForm({ next = "/" }: { next?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [remember, setRemember] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver, defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const outcome = await signInWithCredentials({ ...values, remember: remember ? "true" : "false" });
    if (!outcome.ok) {
      setFormError(outcome.code === "SignInUnavailable" || outcome.code === "network" ? SIGN_IN_UNAVAILABLE : SIGN_IN_FAILED);
      return;
    }
    // With two-step sign-in the app sends the person on to the code page from here (from /r/<code> too,
    // through /login; the code page then continues home, not to the scanned referral).
    router.replace(next);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={formError ? "login-error" : undefined}>
      {formError && (
        <p id="login-error" role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {formError}
        </p>
      )}
      <TextField label="Email" type="email" autoComplete="username" error={errors.email?.message} {...register("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
            className="h-4 w-4"
            aria-describedby="remember-hint"
          />
          Keep me signed in on this device
        </label>
        <p id="remember-hint" className="ml-6 text-xs text-slate-600">
          Only on a device no one else uses. Otherwise you are signed out when the browser closes.
        </p>
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel="Signing in…" fullWidth>
        Sign in
      </SubmitButton>
    </form>
  );
}
