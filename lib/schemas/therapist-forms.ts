import { z } from "zod";
import { adverseEventSchema, logSessionSchema, type LogSessionInput } from "./referral-loop";

/**
 * The therapist's session and score forms, built FROM the actions' schemas (lib/schemas/referral-loop.ts)
 * so the browser checks exactly what the server checks. The forms differ only in shape: techniques and
 * areas are typed as comma-separated text, and the adverse event sits behind a "something happened" box.
 * dispatchId and the idempotency key are not typed by anyone: the form adds them when it submits.
 * (The scores form needs no shape of its own: it validates with recordScoresSchema itself.)
 */

/** "Swedish, trigger point" → ["Swedish", "trigger point"], then the action's own list rules. */
const commaList = (list: (typeof logSessionSchema.shape)["techniques"]) =>
  z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(list.unwrap());

export const sessionFormSchema = logSessionSchema
  .omit({ dispatchId: true, idempotencyKey: true, techniques: true, areas: true, adverseEvent: true })
  .extend({
    techniques: commaList(logSessionSchema.shape.techniques),
    areas: commaList(logSessionSchema.shape.areas),
    hasAdverseEvent: z.boolean(),
    adverseEvent: z.object({ severity: z.string(), description: z.string() }),
  })
  .superRefine((v, ctx) => {
    if (!v.hasAdverseEvent) return;
    const checked = adverseEventSchema.safeParse(v.adverseEvent);
    if (checked.success) return;
    for (const issue of checked.error.issues)
      ctx.addIssue({ code: "custom", path: ["adverseEvent", ...issue.path], message: issue.message });
  })
  .transform(({ hasAdverseEvent, adverseEvent, ...rest }) => ({
    ...rest,
    adverseEvent: hasAdverseEvent ? adverseEventSchema.parse(adverseEvent) : null,
  }));
export type SessionFormInput = z.input<typeof sessionFormSchema>;
export type SessionFormValues = z.output<typeof sessionFormSchema>;

/** The action's input from the form's values plus what the form holds itself. */
export function sessionActionInput(values: SessionFormValues, dispatchId: string, idempotencyKey: string): LogSessionInput {
  return { ...values, dispatchId, idempotencyKey };
}
