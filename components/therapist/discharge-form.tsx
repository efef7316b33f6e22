"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { dischargeCourseAction } from "@/lib/actions/discharge-course";
import { dischargeSchema } from "@/lib/schemas/referral-loop";
import { showActionFailure } from "../ui/apply-field-errors";
import { buttonPrimary, TextAreaField } from "../ui/form-fields";
import { RETRY_MESSAGE, TherapistFormCard } from "./form-shell";

type DischargeValues = z.infer<typeof dischargeSchema>;

/** Close the course with a short note for the referring clinician; no session can be logged after it. */
export function DischargeForm({ dispatchId }: { dispatchId: string }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DischargeValues>({ resolver: zodResolver(dischargeSchema), defaultValues: { dispatchId, note: "" } });
  const mutation = useMutation({
    mutationFn: (values: DischargeValues) => dischargeCourseAction(values),
    onSuccess: (result) => {
      if (result.ok) router.refresh();
      else showActionFailure(setError, result, ["note"]);
    },
    onError: () => setError("root", { message: RETRY_MESSAGE }),
  });

  return (
    <TherapistFormCard
      id="discharge-title"
      title="Discharge and close the course"
      error={errors.root?.message}
      success={mutation.data?.ok ? "Course closed." : undefined}
    >
      <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="space-y-3">
        <TextAreaField
          label="Discharge note"
          hint="For the referring clinician: how the course went and any advice. Record the final scores first."
          error={errors.note?.message}
          {...register("note")}
        />
        <button type="submit" disabled={mutation.isPending} className={buttonPrimary}>
          {mutation.isPending ? "Closing…" : "Discharge and close the course"}
        </button>
      </form>
    </TherapistFormCard>
  );
}
