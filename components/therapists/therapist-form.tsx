"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { saveTherapistAction } from "@/lib/actions/save-therapist";
import { trainingLabels, trainingTags } from "@/lib/domain/referral-loop/training";
import { therapistSchema, type TherapistInput, type TherapistValues } from "@/lib/schemas/therapist";
import { buttonPrimary } from "../ui/form-fields";
import { showActionFailure } from "../ui/apply-field-errors";
import { TextField } from "../ui/text-field";

const FIELDS = ["name", "practice", "address", "phone", "email", "licence", "training", "languages"] as const;

/** Add or edit a therapist directory entry (admins). The typed values stay on any error. */
export function TherapistForm({ id, initial }: { id?: string; initial?: TherapistInput }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TherapistInput, unknown, TherapistValues>({
    resolver: zodResolver(therapistSchema),
    defaultValues: initial ?? {
      name: "",
      practice: "",
      address: "",
      phone: "",
      email: "",
      licence: "",
      training: [],
      languages: "",
      acceptingNewPatients: true,
      active: true,
    },
  });
  const mutation = useMutation({
    mutationFn: (values: TherapistValues) => saveTherapistAction({ ...values, id }),
    onSuccess: (result) => {
      if (result.ok) {
        router.push("/admin/therapists");
        router.refresh();
        return;
      }
      showActionFailure(setError, result, FIELDS);
    },
    onError: () => setError("root", { message: "The entry could not be saved. Try again." }),
  });

  return (
    <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      {errors.root?.message && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 sm:col-span-2">
          {errors.root.message}
        </p>
      )}
      <TextField label="Name" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <TextField label="Practice" autoComplete="off" error={errors.practice?.message} {...register("practice")} />
      <TextField className="sm:col-span-2" label="Address" autoComplete="off" error={errors.address?.message} {...register("address")} />
      <TextField label="Phone" type="tel" autoComplete="off" error={errors.phone?.message} {...register("phone")} />
      <TextField label="Email (invitations go here)" type="email" autoComplete="off" error={errors.email?.message} {...register("email")} />
      <TextField
        className="sm:col-span-2"
        label="Credentials and licence number"
        hint="As it should print, e.g. LMT, NY licence 012345"
        autoComplete="off"
        error={errors.licence?.message}
        {...register("licence")}
      />
      <fieldset className="sm:col-span-2" aria-describedby={errors.training ? "training-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Training</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {trainingTags.map((tag) => (
            <label key={tag} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={tag} {...register("training")} />
              {trainingLabels[tag]}
            </label>
          ))}
        </div>
        {errors.training && (
          <p id="training-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.training.message ?? "Choose training from the list"}
          </p>
        )}
      </fieldset>
      <TextField
        className="sm:col-span-2"
        label="Languages"
        hint="Separated by commas, e.g. English, Spanish"
        autoComplete="off"
        error={errors.languages?.message}
        {...register("languages")}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("acceptingNewPatients")} /> Accepting new patients
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("active")} /> Listed (offered when sending referrals)
      </label>
      <div className="sm:col-span-2">
        <button type="submit" disabled={mutation.isPending} className={buttonPrimary}>
          {mutation.isPending ? "Saving…" : "Save therapist"}
        </button>
      </div>
    </form>
  );
}
