"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { acceptTherapistInvitationAction } from "@/lib/actions/accept-therapist-invitation";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/schemas/invitation";
import { PASSWORD_HINT } from "@/lib/schemas/password";
import { showActionFailure } from "../ui/apply-field-errors";
import { buttonPrimary } from "../ui/form-fields";
import { FormNotices } from "../ui/form-notices";
import { TextField } from "../ui/text-field";

/** Choose the password of the new therapist account; on success, on to sign in. */
export function InvitationForm({ token }: { token: string }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const mutation = useMutation({
    mutationFn: (values: AcceptInvitationInput) => acceptTherapistInvitationAction(values),
    onSuccess: (result) => {
      if (result.ok) router.push("/login?reason=account-created");
      else showActionFailure(setError, result, ["password", "confirmPassword"]);
    },
    onError: () => setError("root", { message: "Your account could not be created: the connection failed. Try again." }),
  });

  return (
    <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="space-y-4">
      <FormNotices error={errors.root?.message} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        error={errors.password?.message}
        {...register("password")}
      />
      <TextField
        label="Password again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <button type="submit" disabled={mutation.isPending} className={buttonPrimary}>
        {mutation.isPending ? "Creating…" : "Create my account"}
      </button>
    </form>
  );
}
