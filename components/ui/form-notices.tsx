import type { ReactNode } from "react";

/** A form's message after submitting: the error (an alert) and, once the action succeeded, what it did. */
export function FormNotices({ error, success }: { error?: string; success?: ReactNode }) {
  return (
    <>
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      {success && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {success}
        </p>
      )}
    </>
  );
}
