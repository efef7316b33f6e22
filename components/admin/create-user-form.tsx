"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { createUserAction } from "@/lib/actions/create-user";
import { PASSWORD_HINT } from "@/lib/schemas/password";
import { createUserSchema, type CreateUserInput } from "@/lib/schemas/users";
import { showActionFailure } from "../ui/apply-field-errors";
import { TextField } from "../ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";

const FIELDS = ["name", "credentials", "email", "role", "clinicName", "phone", "password"] as const;

export function CreateUserForm() {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { name: "", credentials: "", email: "", role: "CLINICIAN", clinicName: "", phone: "", password: "" },
  });
  const mutation = useMutation({
    mutationFn: createUserAction,
    onSuccess: (result) => {
      if (result.ok) {
        router.push(`/admin/users/${result.data.id}`);
        return;
      }
      showActionFailure(setError, result, FIELDS);
    },
    onError: () => setError("root", { message: "The account could not be created. Try again." }),
  });

  return (
    <form
      method="post"
      onSubmit={handleSubmit((values) => mutation.mutate(values))}
      noValidate
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
    >
      {errors.root?.message && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 sm:col-span-2">
          {errors.root.message}
        </p>
      )}
      <TextField label="Full name" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <TextField label="Credentials (e.g. MD, PT)" autoComplete="off" error={errors.credentials?.message} {...register("credentials")} />
      <TextField label="Email" type="email" autoComplete="off" error={errors.email?.message} {...register("email")} />
      <div>
        <label htmlFor="new-user-role" className="block text-sm font-medium text-slate-800">
          Role
        </label>
        <select
          id="new-user-role"
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? "new-user-role-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
          {...register("role")}
        >
          <option value="CLINICIAN">Clinician</option>
          <option value="ADMIN">Admin</option>
        </select>
        {errors.role && (
          <p id="new-user-role-error" className="mt-1 text-sm text-red-700">
            {errors.role.message}
          </p>
        )}
      </div>
      <TextField label="Clinic" autoComplete="off" error={errors.clinicName?.message} {...register("clinicName")} />
      <TextField label="Phone" type="tel" autoComplete="off" error={errors.phone?.message} {...register("phone")} />
      <TextField
        className="sm:col-span-2"
        label="Initial password (the person must change it at first sign-in)"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        error={errors.password?.message}
        {...register("password")}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={mutation.isPending} pendingLabel="Creating…">
          Create account
        </SubmitButton>
      </div>
    </form>
  );
}
