import { forwardRef } from "react";
import { TextArea } from "./form-fields";
import { SubmitButton } from "@/components/ui/submit-button";

/** Frame of every curation form: the error summary, the fields, the required "why", and submit. */
export function EvidenceFormShell({
  onSubmit,
  formError,
  isPending,
  submitLabel,
  children,
  reasonField,
}: {
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  formError: string | null;
  isPending: boolean;
  submitLabel: string;
  children: React.ReactNode;
  reasonField: React.ReactNode;
}) {
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {formError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {formError}
        </p>
      )}
      {children}
      <div className="border-t border-slate-300 pt-4">{reasonField}</div>
      <SubmitButton pending={isPending} pendingLabel="Saving…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

type ReasonProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { error?: string };

/** Every change needs a why: it is stored on the new version and shown in the history. */
export const ReasonField = forwardRef<HTMLTextAreaElement, ReasonProps>(function ReasonField({ error, ...rest }, ref) {
  return (
    <TextArea
      ref={ref}
      label="Why are you making this change? (required)"
      hint="Shown in the version history, e.g. “New RCT (Smith 2024) supports 45-minute sessions”."
      rows={2}
      error={error}
      {...rest}
    />
  );
});
