import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/actions/action-result";

/** Puts an action's server-side field errors on the form's fields, so the typed values stay. */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: FieldErrors | undefined, known: ReadonlyArray<FieldPath<T>>): boolean {
  let applied = false;
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const name = known.find((k) => k === key);
    if (name && messages?.[0]) {
      setError(name, { type: "server", message: messages[0] });
      applied = true;
    }
  }
  return applied;
}

/** A failed action's errors on the form: on its fields when it named known ones, otherwise as the form's message. */
export function showActionFailure<T extends FieldValues>(setError: UseFormSetError<T>, failure: { error: string; fieldErrors?: FieldErrors }, known: ReadonlyArray<FieldPath<T>>): void {
  if (!applyFieldErrors(setError, failure.fieldErrors, known)) setError("root", { message: failure.error });
}
