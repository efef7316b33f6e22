"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { confirmTwoStepAction } from "@/lib/actions/confirm-two-step";
import { confirmTwoStepSchema, type ConfirmTwoStepInput } from "@/lib/schemas/two-step";
import { showActionFailure } from "../ui/apply-field-errors";
import { FormNotices } from "../ui/form-notices";
import { TextField } from "../ui/text-field";
import { RecoveryCodes } from "./recovery-codes";
import { SubmitButton } from "@/components/ui/submit-button";

/** Confirms the authenticator with its first code (and the password), then shows the recovery codes once. */
export function TwoStepSetupForm({ next }: { next: string }) {
  const [codes, setCodes] = useState<string[] | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ConfirmTwoStepInput>({ resolver: zodResolver(confirmTwoStepSchema), defaultValues: { code: "", password: "" } });
  const mutation = useMutation({
    mutationFn: confirmTwoStepAction,
    onSuccess: (result) => (result.ok ? setCodes(result.data.recoveryCodes) : showActionFailure(setError, result, ["code", "password"])),
    onError: () => setError("root", { message: "Two-step sign-in could not be turned on. Try again." }),
  });

  if (codes) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Two-step sign-in is on. From now on you enter a code from the app after your password.
        </p>
        <RecoveryCodes codes={codes} />
        <a href={next} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          I have saved my recovery codes, continue
        </a>
      </div>
    );
  }
  return (
    <form method="post" onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="max-w-md space-y-4">
      <FormNotices error={errors.root?.message} />
      <TextField
        label="6-digit code from the app"
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errors.code?.message}
        {...register("code")}
      />
      <TextField
        label="Your password"
        type="password"
        autoComplete="current-password"
        hint="Asked again so that only you can turn this on."
        error={errors.password?.message}
        {...register("password")}
      />
      <SubmitButton pending={mutation.isPending} pendingLabel="Checking…">
        Turn on two-step sign-in
      </SubmitButton>
    </form>
  );
}
