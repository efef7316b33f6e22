"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { verifySecondFactorAction } from "@/lib/actions/verify-second-factor";
import { secondFactorSchema, type SecondFactorInput } from "@/lib/schemas/two-step";
import { signOutAndGo } from "../auth-client";
import { showActionFailure } from "../ui/apply-field-errors";
import { FormNotices } from "../ui/form-notices";
import { TextField } from "../ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The code asked for after the password. One field takes either the app's code or a recovery code. */
export function SecondFactorForm() {
  const [recovery, setRecovery] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SecondFactorInput>({ resolver: zodResolver(secondFactorSchema), defaultValues: { code: "" } });
  const mutation = useMutation({
    mutationFn: verifySecondFactorAction,
    onSuccess: (result) => {
      // A full page load: the signed-in app starts fresh, nothing of the half-signed-in page is kept.
      if (result.ok) window.location.assign(result.data.usedRecoveryCode ? "/account?recovery-code-used=1" : "/");
      else showActionFailure(setError, result, ["code"]);
    },
    onError: () => setError("root", { message: "The code could not be checked. Try again." }),
  });

  return (
    <form method="post" onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="space-y-4">
      <FormNotices error={errors.root?.message} />
      {recovery ? (
        <TextField
          key="recovery"
          label="Recovery code"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          hint="One of the codes you saved when you set up two-step sign-in, e.g. abcd-efgh-jkmn. Each works once."
          error={errors.code?.message}
          {...register("code")}
        />
      ) : (
        <TextField
          key="totp"
          label="6-digit code from your authenticator app"
          inputMode="numeric"
          autoComplete="one-time-code"
          hint="Open the app on your phone and enter the code it shows for MassageRx."
          error={errors.code?.message}
          {...register("code")}
        />
      )}
      <SubmitButton pending={mutation.isPending} pendingLabel="Checking…" fullWidth>
        Continue
      </SubmitButton>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button type="button" className="text-brand-800 underline" onClick={() => setRecovery((r) => !r)}>
          {recovery ? "Use a code from the app instead" : "Use a recovery code instead"}
        </button>
        <button type="button" className="text-slate-700 underline" onClick={() => void signOutAndGo("/login")}>
          Cancel and sign out
        </button>
      </div>
    </form>
  );
}
