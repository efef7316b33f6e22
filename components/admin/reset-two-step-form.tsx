"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { resetUserTwoStepAction } from "@/lib/actions/reset-user-two-step";
import { resetTwoStepSchema, type ResetTwoStepInput } from "@/lib/schemas/two-step";
import { showActionFailure } from "../ui/apply-field-errors";
import { FormNotices } from "../ui/form-notices";
import { TextField } from "../ui/text-field";

/** Removes someone's authenticator (a lost phone), after the admin's own password. */
export function ResetTwoStepForm({ userId }: { userId: string }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ResetTwoStepInput>({ resolver: zodResolver(resetTwoStepSchema), defaultValues: { userId, adminPassword: "" } });
  const mutation = useMutation({
    mutationFn: resetUserTwoStepAction,
    onSuccess: (result) => {
      if (!result.ok) return showActionFailure(setError, result, ["adminPassword"]);
      setDone(true);
      reset({ userId, adminPassword: "" });
      router.refresh();
    },
    onError: () => setError("root", { message: "Two-step sign-in could not be reset. Try again." }),
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
        success={done && "Two-step sign-in was reset and the person's sessions ended. They set it up again at next sign-in."}
      />
      <input type="hidden" {...register("userId")} />
      <TextField
        label="Your own password"
        type="password"
        autoComplete="current-password"
        hint="Confirms it is you: this weakens the account until they set it up again."
        error={errors.adminPassword?.message}
        {...register("adminPassword")}
      />
      <button
        type="submit"
        disabled={mutation.isPending}
        className="rounded-md border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {mutation.isPending ? "Resetting…" : "Reset two-step sign-in"}
      </button>
    </form>
  );
}
