"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setTwoStepPolicyAction } from "@/lib/actions/set-two-step-policy";
import { TWO_STEP_POLICIES, TWO_STEP_POLICY_LABELS, type TwoStepPolicy } from "@/lib/domain/auth/two-step-policy";
import { twoStepPolicySchema, type TwoStepPolicyInput } from "@/lib/schemas/two-step";
import { showActionFailure } from "../ui/apply-field-errors";
import { FormNotices } from "../ui/form-notices";
import { TextField } from "../ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";

/** Who must use two-step sign-in, with the admin's own password to confirm. */
export function TwoStepPolicyForm({ current }: { current: TwoStepPolicy }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors },
  } = useForm<TwoStepPolicyInput>({ resolver: zodResolver(twoStepPolicySchema), defaultValues: { policy: current, adminPassword: "" } });
  const mutation = useMutation({
    mutationFn: setTwoStepPolicyAction,
    onSuccess: (result) => {
      if (!result.ok) return showActionFailure(setError, result, ["policy", "adminPassword"]);
      setDone(true);
      resetField("adminPassword");
      router.refresh();
    },
    onError: () => setError("root", { message: "The setting could not be saved. Try again." }),
  });

  return (
    <form
      method="post"
      onSubmit={handleSubmit((values) => {
        setDone(false);
        mutation.mutate(values);
      })}
      noValidate
      className="max-w-xl space-y-4"
    >
      <FormNotices error={errors.root?.message} success={done && "Saved. It applies from everyone's next page."} />
      <fieldset className="space-y-2" aria-describedby={errors.policy ? "policy-error" : undefined}>
        <legend className="font-medium">Two-step sign-in is</legend>
        {TWO_STEP_POLICIES.map((policy) => (
          <label key={policy} className="flex items-center gap-2">
            <input type="radio" value={policy} className="h-4 w-4" {...register("policy")} />
            {TWO_STEP_POLICY_LABELS[policy]}
          </label>
        ))}
        {errors.policy && (
          <p id="policy-error" className="text-sm text-red-800">
            {errors.policy.message}
          </p>
        )}
      </fieldset>
      <TextField
        label="Your own password"
        type="password"
        autoComplete="current-password"
        hint="Confirms it is you."
        error={errors.adminPassword?.message}
        {...register("adminPassword")}
      />
      <SubmitButton pending={mutation.isPending} pendingLabel="Saving…">
        Save
      </SubmitButton>
    </form>
  );
}
