import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/actions/action-result";

/**
 * Where a server error path lands on a form: the field's name (and the message, possibly reworded, e.g.
 * "Line 3: …" for a list item), or null when the form has no such field. A server path is never trusted
 * to be a field name: each form says which paths it has.
 */
export type FieldTarget = (key: string, message: string) => { name: string; message: string } | null;

/** Only these names, as they are. */
export function knownFields(known: readonly string[]): FieldTarget {
  return (key, message) => (known.includes(key) ? { name: key, message } : null);
}

export interface AppliedFieldErrors {
  /** At least one message landed on a field. */
  applied: boolean;
  /** The messages that belong to no field of this form, to show as the form's own message. */
  orphans: string[];
}

/**
 * The ONE mapping of an action's server-side field errors onto a react-hook-form form (the intake, the
 * account and admin forms, the evidence editors), so the typed values stay and each message sits on its
 * field; the first such field gets the focus.
 */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrors | undefined,
  target: FieldTarget,
): AppliedFieldErrors {
  const orphans: string[] = [];
  let applied = false;
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const field = target(key, message);
    if (!field) {
      orphans.push(message);
      continue;
    }
    // The target vouched for the name: it is one of this form's fields.
    setError(field.name as FieldPath<T>, { type: "server", message: field.message }, { shouldFocus: !applied });
    applied = true;
  }
  return { applied, orphans };
}

/** A failed action's errors on the form: on its fields when it named known ones, otherwise as the form's message. */
export function showActionFailure<T extends FieldValues>(
  setError: UseFormSetError<T>,
  failure: { error: string; fieldErrors?: FieldErrors },
  known: ReadonlyArray<FieldPath<T>>,
): void {
  if (!applyFieldErrors(setError, failure.fieldErrors, knownFields(known)).applied) setError("root", { message: failure.error });
}
