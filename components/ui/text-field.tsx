import { forwardRef, useId } from "react";
import { controlClass, describedBy, FieldShell } from "./form-fields";

type Props = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string;
  hint?: string;
};

/** A labelled input whose error and hint are tied to it with aria-describedby (WCAG 1.3.1, 3.3.1). */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField({ label, error, hint, id, className, ...input }, ref) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldShell id={inputId} label={label} hint={hint} error={error} className={className}>
      <input
        ref={ref}
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={controlClass}
        {...input}
      />
    </FieldShell>
  );
});
