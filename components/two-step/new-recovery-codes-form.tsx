"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { newRecoveryCodesAction } from "@/lib/actions/new-recovery-codes";
import { newRecoveryCodesSchema, type NewRecoveryCodesInput } from "@/lib/schemas/two-step";
import { showActionFailure } from "../ui/apply-field-errors";
import { FormNotices } from "../ui/form-notices";
import { TextField } from "../ui/text-field";
import { RecoveryCodes } from "./recovery-codes";

/** Replaces one's recovery codes (all old ones stop working) and shows the new ones once. */
export function NewRecoveryCodesForm() {
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<NewRecoveryCodesInput>({ resolver: zodResolver(newRecoveryCodesSchema), defaultValues: { password: "" } });
  const mutation = useMutation({
    mutationFn: newRecoveryCodesAction,
    onSuccess: (result) => {
      if (!result.ok) return showActionFailure(setError, result, ["password"]);
      setCodes(result.data.recoveryCodes);
      reset({ password: "" });
      router.refresh();
    },
    onError: () => setError("root", { message: "New codes could not be made. Try again." }),
  });

  if (codes) return <RecoveryCodes codes={codes} />;
  return (
    <form method="post" onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="max-w-md space-y-3">
      <FormNotices error={errors.root?.message} />
      <TextField
        label="Your password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <button
        type="submit"
        disabled={mutation.isPending}
        className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {mutation.isPending ? "Making codes…" : "Make new recovery codes"}
      </button>
    </form>
  );
}
