"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { resetUserPasswordAction } from "@/lib/actions/reset-user-password";
import { PASSWORD_HINT } from "@/lib/schemas/password";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/schemas/users";
import { showActionFailure } from "../ui/apply-field-errors";
import { FormNotices } from "../ui/form-notices";
import { TextField } from "../ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";

/** targetIsAdmin: resetting another admin asks for the acting admin's own password again. */
export function ResetPasswordForm({ userId, targetIsAdmin = false }: { userId: string; targetIsAdmin?: boolean }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { userId, password: "", adminPassword: "" },
  });
  const mutation = useMutation({
    mutationFn: resetUserPasswordAction,
    onSuccess: (result) => {
      if (result.ok) {
        setDone(true);
        reset({ userId, password: "", adminPassword: "" });
        router.refresh();
        return;
      }
      showActionFailure(setError, result, ["password", "adminPassword"]);
    },
    onError: () => setError("root", { message: "The password could not be reset. Try again." }),
  });

  return (
    <form
      method="post"
      onSubmit={handleSubmit((values) => {
        setDone(false);
        mutation.mutate(values);
      })}
      noValidate
      className="max-w-md space-y-3"
    >
      <FormNotices
        error={errors.root?.message}
        success={done && "Password reset. The person's sessions have ended; they must choose a new password at next sign-in."}
      />
      <input type="hidden" {...register("userId")} />
      <TextField
        label="Temporary password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        error={errors.password?.message}
        {...register("password")}
      />
      {targetIsAdmin && (
        <TextField
          label="Your own password"
          type="password"
          autoComplete="current-password"
          hint="This account is an admin's: confirm it is you by entering your own password."
          error={errors.adminPassword?.message}
          {...register("adminPassword")}
        />
      )}
      <SubmitButton pending={mutation.isPending} pendingLabel="Resetting…">
        Reset password
      </SubmitButton>
    </form>
  );
}
