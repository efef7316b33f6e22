"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction } from "@/lib/actions/change-password";
import { PASSWORD_HINT } from "@/lib/schemas/password";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/schemas/users";
import { showActionFailure } from "../ui/apply-field-errors";
import { FormNotices } from "../ui/form-notices";
import { TextField } from "../ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";

const EMPTY: ChangePasswordInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** The user's own password change. `next` is where to go afterwards (the forced change goes home). */
export function ChangePasswordForm({ next }: { next?: string }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });
  const mutation = useMutation({
    mutationFn: changePasswordAction,
    onSuccess: (result) => {
      if (result.ok) {
        reset(EMPTY);
        if (next) {
          router.replace(next);
          router.refresh();
        } else setDone(true);
        return;
      }
      showActionFailure(setError, result, ["currentPassword", "newPassword", "confirmPassword"]);
    },
    onError: () => setError("root", { message: "Your password could not be changed. Try again." }),
  });

  return (
    <form
      method="post"
      onSubmit={handleSubmit((values) => {
        setDone(false);
        mutation.mutate(values);
      })}
      noValidate
      className="max-w-md space-y-4"
    >
      <FormNotices error={errors.root?.message} success={done && "Password changed. You were signed out on every other device."} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <SubmitButton pending={mutation.isPending} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
