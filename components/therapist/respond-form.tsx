"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { respondToReferralAction } from "@/lib/actions/respond-to-referral";
import { respondToReferralSchema } from "@/lib/schemas/referral-loop";
import { showActionFailure } from "../ui/apply-field-errors";
import { buttonPrimary, GroupError, TextAreaField } from "../ui/form-fields";
import { RETRY_MESSAGE, TherapistFormCard } from "./form-shell";

type RespondInput = z.input<typeof respondToReferralSchema>;
type RespondValues = z.output<typeof respondToReferralSchema>;

/** Accept the referral, or decline it with the reason the referring clinician will read. */
export function RespondForm({ dispatchId }: { dispatchId: string }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RespondInput, unknown, RespondValues>({
    resolver: zodResolver(respondToReferralSchema),
    defaultValues: { dispatchId, reason: "" },
  });
  const mutation = useMutation({
    mutationFn: (values: RespondValues) => respondToReferralAction(values),
    onSuccess: (result) => {
      if (result.ok) router.refresh();
      else showActionFailure(setError, result, ["answer", "reason"]);
    },
    onError: () => setError("root", { message: RETRY_MESSAGE }),
  });
  const saved = mutation.data?.ok
    ? mutation.data.data.status === "accepted"
      ? "Accepted."
      : "Declined; the clinician sees your reason."
    : undefined;

  return (
    <TherapistFormCard id="respond-title" title="Accept or decline this referral" error={errors.root?.message} success={saved}>
      <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="space-y-3">
        <fieldset aria-describedby={errors.answer ? "answer-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">Your answer</legend>
          <div className="mt-1 flex gap-6">
            <label className="flex items-center gap-2">
              <input type="radio" value="accept" {...register("answer")} /> Accept
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="decline" {...register("answer")} /> Decline
            </label>
          </div>
          <GroupError id="answer-error" error={errors.answer?.message} />
        </fieldset>
        <TextAreaField
          label="Reason"
          hint="Required when you decline: the referring clinician reads it and finds another therapist."
          error={errors.reason?.message}
          {...register("reason")}
        />
        <button type="submit" disabled={mutation.isPending} className={buttonPrimary}>
          {mutation.isPending ? "Sending…" : "Send answer"}
        </button>
      </form>
    </TherapistFormCard>
  );
}
